"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { toast } from "sonner";
import { applyServerErrors } from "@/components/ui/apply-server-errors";

type Failure = { ok: false; code: string; retryAfterSeconds?: number; fieldErrors?: Record<string, string[] | undefined> };

/** Shows a failed action as a toast whose description says what to do next (common `errors.<CODE>`). */
export function useFailureToast() {
  const t = useTranslations("errors");
  return useCallback(
    (title: string, result: Failure) => {
      const code = result.code as "INTERNAL";
      const description =
        result.code === "RATE_LIMITED"
          ? t("RATE_LIMITED", { minutes: Math.max(1, Math.ceil((result.retryAfterSeconds ?? 60) / 60)) })
          : t.has(code)
            ? t(code)
            : t("INTERNAL");
      toast.error(title, { description });
    },
    [t],
  );
}

/** Translates an error message that is a key of `editor.validation`; other keys go to Field (the `validation` namespace). */
export function useEditorErrorText() {
  const t = useTranslations("editor.validation");
  return useCallback((message: string | undefined) => (message && t.has(message as never) ? t(message as never) : message), [t]);
}

/**
 * What a form does with its save action's answer: saved → a toast with
 * `savedMessage`; failed → the errors beside their fields and a toast titled
 * `failedTitle` saying what to do next. Returns whether it was saved.
 */
export function useSaveFeedback<T extends FieldValues>(setError: UseFormSetError<T>, failedTitle: string) {
  const failed = useFailureToast();
  return useCallback(
    (result: { ok: true } | Failure, savedMessage: string): boolean => {
      if (result.ok) {
        toast.success(savedMessage);
        return true;
      }
      applyServerErrors(result, setError);
      failed(failedTitle, result);
      return false;
    },
    [failed, failedTitle, setError],
  );
}

/** useSaveFeedback for an editor page: once saved, back to its list (refreshed). */
export function useSaveAndReturn<T extends FieldValues>(setError: UseFormSetError<T>, listPath: string) {
  const t = useTranslations("editor.errors");
  const router = useRouter();
  const feedback = useSaveFeedback(setError, t("saveFailed"));
  return useCallback(
    (result: { ok: true } | Failure, savedMessage: string): boolean => {
      if (!feedback(result, savedMessage)) return false;
      router.push(listPath);
      router.refresh();
      return true;
    },
    [feedback, listPath, router],
  );
}
