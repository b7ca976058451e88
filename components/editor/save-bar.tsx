"use client";

import { useTranslations } from "next-intl";
import type { FormUploads } from "@/components/media/form-uploads";
import { UploadSaveStatus, useSaveLabel } from "@/components/media/upload-save-status";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { FieldError } from "@/components/ui/field";
import type { SaveStatus } from "./save-status";

export type SaveBarProps = {
  uploads: FormUploads;
  /** What Save says it waits for: "2 images still uploading…" or "… files …". */
  uploadKind: "image" | "file";
  isNew: boolean;
  pending: boolean;
  cancelHref: string;
  /** "aside": stacked in the form's side column; "sticky": a bar along the bottom of a one-column form. */
  variant?: "aside" | "sticky";
  /** A form-level error from the server (the "_form" key), shown above the buttons. */
  rootError?: string;
  /** Sticky bar only: say that there are unsaved changes. */
  isDirty?: boolean;
  /** The save in progress or just answered (useActionForm's `status`): "Saving…", "Still saving…", "Saved". */
  status?: SaveStatus;
};

/** A polite live region that is always there, so a screen reader hears each change of the save's state. */
export function SaveStatusText({ status }: { status: SaveStatus }) {
  const t = useTranslations("saving");
  const text = status === "saving" ? t("saving") : status === "slow" ? t("slow") : status === "saved" ? t("saved") : status === "failed" ? t("failed") : "";
  return (
    <p aria-live="polite" data-save-status={status} className="text-sm text-muted empty:hidden">
      {text}
    </p>
  );
}

/** Save and Cancel of an editor form, with what uploads Save is waiting for (or refusing over). */
export function SaveBar({ uploads, uploadKind, isNew, pending, cancelHref, variant = "aside", rootError, isDirty, status = "idle" }: SaveBarProps) {
  const t = useTranslations("editor.common");
  const saveLabel = useSaveLabel(uploads, uploadKind);
  const save = (
    <Button type="submit" pending={pending || uploads.waitingFor > 0}>
      {saveLabel(isNew ? t("save") : t("saveChanges"))}
    </Button>
  );
  const cancel = (
    <ButtonLink href={cancelHref} variant="secondary">
      {t("cancel")}
    </ButtonLink>
  );
  if (variant === "sticky") {
    return (
      <div className="sticky bottom-0 z-10 flex flex-wrap items-center justify-end gap-3 border-t border-border bg-bg/95 py-3 backdrop-blur">
        <div className="mr-auto grid gap-0.5">
          {rootError && <FieldError message={rootError} />}
          {isDirty && <p className="text-sm text-muted">{t("unsavedChanges")}</p>}
          <UploadSaveStatus uploads={uploads} />
          <SaveStatusText status={status} />
        </div>
        {cancel}
        {save}
      </div>
    );
  }
  return (
    <>
      {rootError && <FieldError message={rootError} />}
      <UploadSaveStatus uploads={uploads} />
      <SaveStatusText status={status} />
      <div className="flex flex-col gap-2 sm:flex-row lg:flex-col">
        {save}
        {cancel}
      </div>
    </>
  );
}
