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

/** Contact form fields echoed back after a failed no-JS submit, so nothing typed is lost. */
export type ContactFormValues = { name: string; email: string; company: string; message: string };

/** The contact form's action state (useActionState): works with and without JavaScript. */
export type ContactFormState =
  | { status: "idle" }
  | { status: "sent" }
  | {
      status: "error";
      code: "VALIDATION" | "RATE_LIMITED" | "NOT_FOUND" | "INTERNAL";
      fieldErrors?: Record<string, string[]>;
      retryAfterSeconds?: number;
      values: ContactFormValues;
    };
