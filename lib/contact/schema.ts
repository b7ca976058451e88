import { z } from "zod";
import { emailAddress, idString, LIMITS, multilineText, text } from "@/lib/validation";

export const MAX_MESSAGE = LIMITS.message;

/** The honeypot's field name: hidden from people, filled in by form-spamming bots. */
export const HONEYPOT_FIELD = "website";

/** A recruiter's message from the contact form on a public or shared page. */
export const sendContactMessageSchema = z
  .object({
    name: text(LIMITS.title, 1),
    email: z.string().trim().min(1, "required").pipe(emailAddress),
    company: text(LIMITS.title),
    message: multilineText(MAX_MESSAGE, 1),
    /** Which page the form was on: the public page's handle, or a share link's token. */
    handle: z
      .string()
      .trim()
      .max(64)
      .regex(/^[A-Za-z0-9_-]*$/)
      .optional(),
    token: z
      .string()
      .trim()
      .max(64)
      .regex(/^[A-Za-z0-9_-]*$/)
      .optional(),
    [HONEYPOT_FIELD]: z.string().max(500).optional(),
  })
  .refine((value) => Boolean(value.handle || value.token), { message: "required", path: ["_form"] });
export type SendContactMessage = z.output<typeof sendContactMessageSchema>;

export const messageIdSchema = z.object({ id: idString });

export const setMessageReadSchema = z.object({ id: idString, read: z.boolean() });

/** Contact form fields echoed back after a failed submit, so nothing typed is lost. */
export const contactFormValuesSchema = z.object({
  name: z.string().max(500),
  email: z.string().max(500),
  company: z.string().max(500),
  message: z.string().max(MAX_MESSAGE * 2),
});
export type ContactFormValues = z.infer<typeof contactFormValuesSchema>;

/**
 * What a failed submit hands to the contact page across its redirect (in a
 * short-lived cookie, never the URL): the error, every field's errors and the
 * typed values. Parsed on the way back in, since a cookie is visitor input.
 */
export const contactFlashSchema = z.object({
  code: z.enum(["VALIDATION", "RATE_LIMITED", "NOT_FOUND", "INTERNAL"]),
  fieldErrors: z.record(z.string().max(40), z.array(z.string().max(200)).max(10)).optional(),
  retryAfterSeconds: z.number().int().nonnegative().optional(),
  values: contactFormValuesSchema,
});
export type ContactFlash = z.infer<typeof contactFlashSchema>;
