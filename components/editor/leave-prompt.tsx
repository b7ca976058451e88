"use client";

import { useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "./confirm-dialog";

// The one "Leave without saving?" question of the app. A form's useUnsavedChangesWarning asks
// through `askToLeave`; <LeavePrompt /> (mounted once in the dashboard shell) shows it in our
// Dialog. Without a mounted prompt the hook falls back to window.confirm, so no form ever leaves unasked.

type Question = { leave: () => void; stay: () => void };

let question: Question | null = null;
let prompts = 0;
const listeners = new Set<() => void>();

function set(next: Question | null) {
  question = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Asks whether to leave; false when no prompt is mounted (the caller asks some other way). */
export function askToLeave(leave: () => void, stay: () => void = () => {}): boolean {
  if (prompts === 0) return false;
  set({ leave, stay });
  return true;
}

function answer(leaving: boolean) {
  const current = question;
  set(null);
  if (leaving) current?.leave();
  else current?.stay();
}

/** The dialog for askToLeave; focus starts on "Stay", Esc stays too. */
export function LeavePrompt() {
  const t = useTranslations("firstRunDefaults.leave");
  const open = useSyncExternalStore(
    (listener) => {
      prompts += 1;
      const unsubscribe = subscribe(listener);
      return () => {
        prompts -= 1;
        unsubscribe();
      };
    },
    () => question !== null,
    () => false,
  );
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => !next && answer(false)}
      title={t("title")}
      description={t("description")}
      cancelLabel={t("stay")}
      confirmLabel={t("leave")}
      onConfirm={() => answer(true)}
    />
  );
}
