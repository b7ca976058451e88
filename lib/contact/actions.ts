"use server";

import { headers } from "next/headers";
import { redirect, RedirectType } from "next/navigation";
import { clientIp } from "@/lib/auth/client-ip";
import { authedAction, publicAction } from "@/lib/safe-action";
import { deleteMessage, sendContactMessage, setMessageRead } from "./mutations";
import { contactPagePath, writeContactFlash } from "./flash";
import { HONEYPOT_FIELD, MAX_MESSAGE, messageIdSchema, sendContactMessageSchema, setMessageReadSchema } from "./schema";

const send = publicAction(sendContactMessageSchema, async (input) => sendContactMessage(input, clientIp(await headers())));

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * The contact form's action, a plain form POST with or without JavaScript
 * (POST-redirect-GET): success goes to the confirmation page; an error goes to
 * the contact page, which shows it beside the fields with the typed values
 * (handed over in a flash cookie). The reading pages stay static.
 */
export async function sendContactMessageAction(formData: FormData): Promise<never> {
  const values = {
    name: field(formData, "name").slice(0, 500),
    email: field(formData, "email").slice(0, 500),
    company: field(formData, "company").slice(0, 500),
    message: field(formData, "message").slice(0, MAX_MESSAGE * 2),
  };
  const source = { handle: field(formData, "handle") || undefined, token: field(formData, "token") || undefined };
  const result = await send({ ...values, ...source, [HONEYPOT_FIELD]: field(formData, HONEYPOT_FIELD) || undefined });
  // Without a handle or token there is no page to return to.
  if (!source.handle && !source.token) redirect("/");
  const contactPage = contactPagePath(source);
  if (result.ok) {
    await writeContactFlash(contactPage, null);
    redirect(`${contactPage}/sent`, RedirectType.push);
  }
  const code = result.code === "VALIDATION" || result.code === "RATE_LIMITED" || result.code === "NOT_FOUND" ? result.code : "INTERNAL";
  await writeContactFlash(contactPage, { code, fieldErrors: result.fieldErrors, retryAfterSeconds: result.retryAfterSeconds, values });
  redirect(contactPage, RedirectType.push);
}

export const setMessageReadAction = authedAction(setMessageReadSchema, async ({ id, read }, { user }) => {
  await setMessageRead(user.id, id, read);
  return { id, read };
});

export const deleteMessageAction = authedAction(messageIdSchema, async ({ id }, { user }) => {
  await deleteMessage(user.id, id);
  return { id };
});
