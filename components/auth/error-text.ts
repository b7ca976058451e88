"use client";

import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { useErrorText as useRoomErrorText } from "@/components/editor/use-error-text";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import type { FieldErrors } from "@/lib/errors";

// Thin aliases kept while auth and settings move to components/editor's useErrorText / useActionForm.
export { useFailureText } from "@/components/editor/use-action-form";

/** @deprecated useErrorText("auth") from components/editor/use-error-text. */
export function useErrorText() {
  return useRoomErrorText("auth");
}

/** @deprecated applyServerErrors(result, setError, fields) from components/ui/apply-server-errors. */
export function applyFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: FieldErrors | undefined,
  fields: readonly Path<T>[],
): boolean {
  return applyServerErrors({ fieldErrors }, setError, fields);
}
