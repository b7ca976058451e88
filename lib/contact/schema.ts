import { z } from "zod";
import { text } from "@/lib/validation";

export const MAX_MESSAGE = 5000;

/** The honeypot's field name: hidden from people, filled in by form-spamming bots. */
export const HONEYPOT_FIELD = "website";

/** A recruiter's message from the contact form on a public or shared page. */
export const sendContactMessageSchema = z
  .object({
    name: text(120, 1),
    email: z.string().trim().toLowerCase().min(1, "required").pipe(z.email("email").max(254, "tooLong")),
    company: text(120),
    message: text(MAX_MESSAGE, 1),
    /** Which page the form was on: the public page's handle, or a share link's token. */
    handle: z.string().trim().max(64).optional(),
    token: z.string().trim().max(64).optional(),
    [HONEYPOT_FIELD]: z.string().max(500).optional(),
  })
  .refine((value) => Boolean(value.handle || value.token), { message: "required", path: ["_form"] });
export type SendContactMessage = z.output<typeof sendContactMessageSchema>;

export const messageIdSchema = z.object({ id: z.string().min(1) });

export const setMessageReadSchema = z.object({ id: z.string().min(1), read: z.boolean() });

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
