import { z } from "zod";
import { LIMITS, text } from "@/lib/validation";
import { handleSchema } from "./handle";
import { PASSWORD_MAX, newPasswordSchema } from "./password-rules";

// One schema per input, shared by the forms (zodResolver) and the server
// actions. Messages are keys of `validation` (common) or `auth.validation`.

/** Emails are compared trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "email" }).max(254, "tooLong"));

export const nameSchema = text(LIMITS.name, 1);

/** A password being checked (not chosen): any length up to the cap. */
const currentPasswordSchema = z.string().min(1, "required").max(PASSWORD_MAX, "passwordTooLong");

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  handle: handleSchema,
  password: newPasswordSchema,
});
export type SignUpInput = z.output<typeof signUpSchema>;

export const signInSchema = z.object({ email: emailSchema, password: currentPasswordSchema });
export type SignInInput = z.output<typeof signInSchema>;

export const updateNameSchema = z.object({ name: nameSchema });
export type UpdateNameInput = z.output<typeof updateNameSchema>;

/** The current password is required when the account has one (checked on the server). */
export const changeEmailSchema = z.object({
  email: emailSchema,
  currentPassword: z.string().max(PASSWORD_MAX, "passwordTooLong").default(""),
});
export type ChangeEmailInput = z.output<typeof changeEmailSchema>;

export const changeHandleSchema = z.object({ handle: handleSchema });
export type ChangeHandleInput = z.output<typeof changeHandleSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().max(PASSWORD_MAX, "passwordTooLong").default(""),
    newPassword: newPasswordSchema,
  })
  .refine((input) => input.newPassword !== input.currentPassword, { path: ["newPassword"], message: "passwordSame" });
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;

export const deleteAccountSchema = z.object({ confirmHandle: z.string().trim().toLowerCase().min(1, "required") });
export type DeleteAccountInput = z.output<typeof deleteAccountSchema>;

/** "Sign out everywhere" takes no input; the confirmation is in the dialog. */
export const signOutEverywhereSchema = z.object({});
