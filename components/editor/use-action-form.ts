"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import type { FieldValues, Path, UseFormReturn, UseFormSetError } from "react-hook-form";
import { toast } from "sonner";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { callAction } from "@/components/ui/call-action";
import type { ActionResult } from "@/lib/safe-action";
import type { SavedItem } from "@/lib/versioned-saves";
import { failureTextKey } from "./error-text";
import { createSaveIds, createSaveTracker, type SaveStatus } from "./save-status";

type Failure = Extract<ActionResult<never>, { ok: false }>;

/** The sentence that says what to do after a failed action (common `errors.<CODE>`). */
export function useFailureText() {
  const t = useTranslations("errors");
  return useCallback(
    (failure: { code: string; retryAfterSeconds?: number }): string => {
      const { key, values } = failureTextKey(failure, (code) => t.has(code as never));
      return t(key as "RATE_LIMITED", values as { minutes: number });
    },
    [t],
  );
}

/** Shows a failed action as a toast titled `title` whose description says what to do next. */
export function useFailureToast() {
  const failureText = useFailureText();
  return useCallback(
    (title: string, result: { code: string; retryAfterSeconds?: number }) => {
      toast.error(title, { description: failureText(result) });
    },
    [failureText],
  );
}

type ActionFormOptions<T extends FieldValues> = {
  setError: UseFormSetError<T>;
  /** Title of the failure toast; its description is the code's `errors.<CODE>` sentence. */
  failedTitle: string;
  /** Once saved: go back to this list and refresh it. */
  returnTo?: string;
  /** Once saved: refresh the page in place (server components read the new data). */
  refresh?: boolean;
  /** Only these fields take server errors (the first is focused); without it every path does and "_form" goes to the root. */
  fields?: readonly Path<T>[];
  /**
   * A form that saves one versioned item (#19): `run` adds the press's
   * `saveId` to the input, and once saved `reset` puts the answered id and
   * version in the form (the next save goes over that version). A STALE
   * answer keeps the user's input and says so at the form's root.
   */
  versioned?: { reset: (saved: SavedItem) => void };
};

/**
 * A form's own look at a failure before the common handling: return true when
 * it has shown everything itself, or a failure to handle instead (say, with a
 * field error taken out that the form shows its own way).
 */
export type FailureHandler = (result: Failure) => Failure | true | void;

/**
 * The one client path for a form's server action: `run` calls it through
 * callAction (too large and thrown answers become failures), puts field errors
 * beside their fields, toasts the failure or the success, and optionally
 * returns to a list. `settle` does the same for an answer already in hand.
 */
export function useActionForm<T extends FieldValues>({ setError, failedTitle, returnTo, refresh, fields, versioned }: ActionFormOptions<T>) {
  const router = useRouter();
  const failed = useFailureToast();
  const tSaving = useTranslations("saving");
  const fieldList = fields?.join(" ");
  const [status, setStatus] = useState<SaveStatus>("idle");
  const tracker = useRef<ReturnType<typeof createSaveTracker> | null>(null);
  const saveIds = useRef<ReturnType<typeof createSaveIds> | null>(null);
  useEffect(() => {
    tracker.current = createSaveTracker(setStatus);
    return () => tracker.current?.dispose();
  }, []);
  const reset = versioned?.reset;

  const settle = useCallback(
    <R>(result: ActionResult<R> | { ok: true } | Failure, success: string | ((data: R) => string), onFailure?: FailureHandler): boolean => {
      if (result.ok) {
        const data = (result as { data?: R }).data;
        if (reset && data && typeof data === "object" && "version" in data) reset(data as unknown as SavedItem);
        toast.success(typeof success === "string" ? success : success(data as R));
        // Back to the list, then one refresh: the list page is read afresh by the navigation, but the layout the router
        // keeps (the nav's counts, which a new item changes) is re-read only by a refresh; the save's own answer stays small.
        if (returnTo) {
          router.push(returnTo);
          router.refresh();
        } else if (refresh) router.refresh();
        return true;
      }
      const own = onFailure?.(result);
      if (own === true) return false;
      const failure = own ?? result;
      if (failure.code === "STALE") {
        setError("root", { type: "server", message: tSaving("stale") });
        toast.error(failedTitle, { description: tSaving("stale") });
        return false;
      }
      applyServerErrors(failure, setError, fieldList ? (fieldList.split(" ") as Path<T>[]) : undefined);
      failed(failedTitle, failure);
      return false;
    },
    [failed, failedTitle, fieldList, refresh, reset, returnTo, router, setError, tSaving],
  );

  const run = useCallback(
    async <I, R>(
      action: (input: I) => Promise<ActionResult<R>>,
      input: I,
      success: string | ((data: R) => string),
      onFailure?: FailureHandler,
    ): Promise<ActionResult<R>> => {
      let sent = input;
      if (reset && input && typeof input === "object") {
        saveIds.current ??= createSaveIds();
        sent = { ...input, saveId: saveIds.current.next(input) };
      }
      tracker.current?.start();
      const result = await callAction(action, sent);
      saveIds.current?.answered(result);
      tracker.current?.settle(result);
      settle(result, success, onFailure);
      return result;
    },
    [reset, settle],
  );

  return { run, settle, status };
}

/**
 * The save of a room's item editor (campaign, sample, document, case study): a failure is titled
 * "save failed", once saved the room's list shows again, and the save is versioned (#19): the
 * answered id and version go into the form, so the next save goes over them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any output type: only setError, reset and getValues are used
export function useItemSave<T extends FieldValues & { id?: string; baseVersion?: number }>(form: UseFormReturn<T, unknown, any>, returnTo: string) {
  const t = useTranslations("editor.errors");
  return useActionForm<T>({
    setError: form.setError,
    failedTitle: t("saveFailed"),
    returnTo,
    versioned: { reset: ({ id, version }) => form.reset({ ...form.getValues(), id, baseVersion: version }) },
  });
}
