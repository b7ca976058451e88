"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { toast } from "sonner";

type Failure = { ok: false; code: string; retryAfterSeconds?: number };

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
