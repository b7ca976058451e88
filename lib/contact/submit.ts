import "server-only";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { clientIp } from "@/lib/auth/client-ip";
import { SERVER_ACTION_BODY_LIMIT_MB, tooLargeResponse } from "@/lib/body-limit";
import { readCapped } from "@/lib/media/http";
import { UploadTooLargeError } from "@/lib/media/errors";
import { publicAction } from "@/lib/safe-action";
import { contactPagePath, writeContactFlash } from "./flash";
import { sendContactMessage } from "./mutations";
import { HONEYPOT_FIELD, MAX_MESSAGE, sendContactMessageSchema } from "./schema";

const send = publicAction(sendContactMessageSchema, async (input) => sendContactMessage(input, clientIp(await headers())));

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * The contact form's submit, a plain HTML form POST to /api/contact with or
 * without JavaScript (the reading pages ship no client runtime, so no server
 * action): returns where to send the visitor next (POST-redirect-GET). Success
 * goes to the confirmation page; an error to the contact page, which shows it
 * beside the fields with the typed values (handed over in a flash cookie).
 */
export async function submitContactForm(formData: FormData): Promise<string> {
  const values = {
    name: field(formData, "name").slice(0, 500),
    email: field(formData, "email").slice(0, 500),
    company: field(formData, "company").slice(0, 500),
    message: field(formData, "message").slice(0, MAX_MESSAGE * 2),
  };
  const source = { handle: field(formData, "handle") || undefined, token: field(formData, "token") || undefined };
  const result = await send({ ...values, ...source, [HONEYPOT_FIELD]: field(formData, HONEYPOT_FIELD) || undefined });
  // Without a handle or token there is no page to return to.
  if (!source.handle && !source.token) return "/";
  const contactPage = contactPagePath(source);
  if (result.ok) {
    await writeContactFlash(contactPage, null);
    return `${contactPage}/sent`;
  }
  const code = result.code === "VALIDATION" || result.code === "RATE_LIMITED" || result.code === "NOT_FOUND" ? result.code : "INTERNAL";
  await writeContactFlash(contactPage, { code, fieldErrors: result.fieldErrors, retryAfterSeconds: result.retryAfterSeconds, values });
  return contactPage;
}

/**
 * The most a contact form POST may carry: the proxy's 413 rule skips /api, so
 * /api/contact bounds its body itself, at the limit every other form post has.
 * A full form (a 5,000-character message URL-encoded is at most ~45 kB) fits
 * many times over, and a message far over its length still reaches validation,
 * so its sender reads "too long" beside the message rather than a 413 page.
 */
export const CONTACT_BODY_LIMIT_MB = SERVER_ACTION_BODY_LIMIT_MB;
export const CONTACT_BODY_LIMIT_BYTES = CONTACT_BODY_LIMIT_MB * 1024 * 1024;

/** The posted form, or null when the body is over CONTACT_BODY_LIMIT_BYTES (declared or actually sent: it stops reading there). */
export async function readContactForm(request: Request): Promise<FormData | null> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > CONTACT_BODY_LIMIT_BYTES) return null;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await readCapped(request.body, CONTACT_BODY_LIMIT_BYTES);
  } catch (error) {
    if (error instanceof UploadTooLargeError) return null;
    throw error;
  }
  return new Response(bytes, { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }).formData();
}

/** The clear 413 page for an oversized contact POST (instead of a 500), with a way back to the page it came from. */
export async function contactTooLargeResponse(request: Request): Promise<Response> {
  const t = await getTranslations("bodyTooLarge");
  const referer = request.headers.get("referer");
  let back = "/";
  try {
    if (referer && new URL(referer).origin === new URL(request.url).origin) back = referer;
  } catch {
    // An unreadable Referer: back to the start page.
  }
  return tooLargeResponse({ lang: await getLocale(), title: t("title"), body: t("body", { limit: CONTACT_BODY_LIMIT_MB }), back: t("back") }, back);
}
