import "server-only";
import { z } from "zod";
import { AppError, type ErrorCode, type FieldErrors } from "@/lib/errors";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { userLocale } from "@/lib/i18n/data";
import { withInputLocale } from "@/lib/i18n/input-locale";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; fieldErrors?: FieldErrors; retryAfterSeconds?: number };

function failure(error: unknown): ActionResult<never> {
  if (error instanceof AppError) {
    return { ok: false, code: error.code, fieldErrors: error.fieldErrors, retryAfterSeconds: error.retryAfterSeconds };
  }
  // Next's redirect()/notFound() signal by throwing; let them through.
  if (error instanceof Error && "digest" in error && String((error as { digest: unknown }).digest).startsWith("NEXT_")) throw error;
  console.error(error);
  return { ok: false, code: "INTERNAL" };
}

/** Every issue under its full dotted path ("metrics.0.value"), form-level ones under "_form". */
export function issuesToFieldErrors(issues: z.core.$ZodIssue[]): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("VALIDATION", { fieldErrors: issuesToFieldErrors(parsed.error.issues) });
  }
  return parsed.data;
}

/** A server action open to anyone (sign-up, contact): validates, maps errors. */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>) => Promise<T>) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    try {
      return { ok: true, data: await handler(validate(schema, input)) };
    } catch (error) {
      return failure(error);
    }
  };
}

/**
 * A server action for a signed-in user: authenticates, validates with the same
 * schema the form uses (numbers read in the user's UI language), and hands the handler the acting user; the handler
 * passes `user.id` into every query's `where`.
 */
export function authedAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>, context: { user: SessionUser }) => Promise<T>) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    try {
      const user = await getSessionUser();
      if (!user) throw new AppError("UNAUTHENTICATED");
      // Typed numbers are read in the user's UI language, as their form read them (lib/i18n/input-locale.ts).
      const locale = await userLocale(user.id);
      return {
        ok: true,
        data: await handler(
          withInputLocale(locale, () => validate(schema, input)),
          { user },
        ),
      };
    } catch (error) {
      return failure(error);
    }
  };
}
