"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/safe-action";
import { applyFieldErrors, useFailureText } from "./error-text";
import { callAction } from "@/components/ui/call-action";

/**
 * Runs a settings action for a form: field errors go beside their fields,
 * anything else becomes an error toast; success toasts and refreshes the page.
 */
export function useSave<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly Path<T>[]) {
  const router = useRouter();
  const t = useTranslations("auth.settings");
  const failureText = useFailureText();
  return async <R,>(run: () => Promise<ActionResult<R>>, successMessage: (data: R) => string): Promise<R | null> => {
    const result = await callAction(run, undefined);
    if (!result.ok) {
      if (!applyFieldErrors(setError, result.fieldErrors, fields)) {
        toast.error(t("errorToast", { reason: failureText(result) }));
      } else if (result.code !== "VALIDATION") {
        toast.error(failureText(result));
      }
      return null;
    }
    toast.success(successMessage(result.data));
    router.refresh();
    return result.data;
  };
}
