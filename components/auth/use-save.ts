"use client";

import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { toast } from "sonner";
import { useActionForm, useFailureText } from "@/components/editor/use-action-form";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import type { ActionResult } from "@/lib/safe-action";

/**
 * A settings card's save through the one client action path (useActionForm):
 * success toasts and refreshes the page. Settings word a failure their own way:
 * field errors beside the fields (the first focused) and no toast for a plain
 * validation failure; anything else one toast, "Not saved. <reason>".
 */
export function useSave<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly Path<T>[]) {
  const t = useTranslations("auth.settings");
  const failureText = useFailureText();
  const action = useActionForm({ setError, failedTitle: t("errorToast", { reason: "" }).trim(), refresh: true, fields });
  return async <R>(run: () => Promise<ActionResult<R>>, successMessage: (data: R) => string): Promise<R | null> => {
    const result = await action.run(run, undefined, successMessage, (failure) => {
      if (!applyServerErrors(failure, setError, fields)) toast.error(t("errorToast", { reason: failureText(failure) }));
      else if (failure.code !== "VALIDATION") toast.error(failureText(failure));
      return true;
    });
    return result.ok ? result.data : null;
  };
}
