"use client";

import type { FieldValues, UseFormSetError } from "react-hook-form";
import { useActionForm } from "./use-action-form";
import { useErrorText } from "./use-error-text";

// Thin aliases kept while the other rooms move to useActionForm / useErrorText (components/editor).
export { useFailureToast } from "./use-action-form";

/** @deprecated useErrorText("editor"). */
export function useEditorErrorText() {
  return useErrorText("editor");
}

/** @deprecated useActionForm({ setError, failedTitle }).settle. */
export function useSaveFeedback<T extends FieldValues>(setError: UseFormSetError<T>, failedTitle: string) {
  return useActionForm({ setError, failedTitle }).settle;
}
