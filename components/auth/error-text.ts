"use client";

import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ErrorCode, FieldErrors } from "@/lib/errors";

/**
 * Turns an error key into text for <Field error>: keys of `auth.validation`
 * are translated here; keys of `validation` are left for Field to translate.
 */
export function useErrorText() {
  const t = useTranslations("auth.validation");
  return (key: string | undefined): string | undefined => {
    if (!key) return undefined;
    return t.has(key as never) ? t(key as never) : key;
  };
}

/** The sentence for an action failure that is not about one field. */
export function useFailureText() {
  const t = useTranslations("errors");
  return (failure: { code: ErrorCode; retryAfterSeconds?: number }): string =>
    failure.code === "RATE_LIMITED"
      ? t("RATE_LIMITED", { minutes: Math.max(1, Math.ceil((failure.retryAfterSeconds ?? 60) / 60)) })
      : t(failure.code);
}

/**
 * Puts the server's field errors beside their fields (focusing the first);
 * returns false when none of them belongs to a field of this form.
 */
export function applyFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: FieldErrors | undefined,
  fields: readonly Path<T>[],
): boolean {
  let first = true;
  for (const field of fields) {
    const message = fieldErrors?.[field]?.[0];
    if (!message) continue;
    setError(field, { type: "server", message }, { shouldFocus: first });
    first = false;
  }
  return !first;
}
