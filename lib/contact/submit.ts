import "server-only";
import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
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
