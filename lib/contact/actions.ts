"use server";

import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import { authedAction, publicAction } from "@/lib/safe-action";
import { deleteMessage, sendContactMessage, setMessageRead } from "./mutations";
import { HONEYPOT_FIELD, messageIdSchema, sendContactMessageSchema, setMessageReadSchema, type ContactFormState } from "./schema";

const send = publicAction(sendContactMessageSchema, async (input) => sendContactMessage(input, clientIp(await headers())));

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** The contact form's action (useActionState): a plain form POST without JavaScript, inline errors with it. */
export async function sendContactMessageAction(_previous: ContactFormState, formData: FormData): Promise<ContactFormState> {
  const values = {
    name: field(formData, "name"),
    email: field(formData, "email"),
    company: field(formData, "company"),
    message: field(formData, "message"),
  };
  const result = await send({
    ...values,
    handle: field(formData, "handle") || undefined,
    token: field(formData, "token") || undefined,
    [HONEYPOT_FIELD]: field(formData, HONEYPOT_FIELD) || undefined,
  });
  if (result.ok) return { status: "sent" };
  const code = result.code === "VALIDATION" || result.code === "RATE_LIMITED" || result.code === "NOT_FOUND" ? result.code : "INTERNAL";
  return { status: "error", code, fieldErrors: result.fieldErrors, retryAfterSeconds: result.retryAfterSeconds, values };
}

export const setMessageReadAction = authedAction(setMessageReadSchema, async ({ id, read }, { user }) => {
  await setMessageRead(user.id, id, read);
  return { id, read };
});

export const deleteMessageAction = authedAction(messageIdSchema, async ({ id }, { user }) => {
  await deleteMessage(user.id, id);
  return { id };
});
