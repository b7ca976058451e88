"use client";

import { useTranslations } from "next-intl";
import type { FormUploads } from "./form-uploads";

/** Beside a form's Save: uploads still running (Save waits for them) or a picked file that did not upload (Save refuses). */
export function UploadSaveStatus({ uploads }: { uploads: FormUploads }) {
  const t = useTranslations("media.uploader");
  return (
    <p role="status" aria-live="polite" className="text-sm empty:hidden">
      {uploads.blocked && uploads.stuck > 0 ? (
        <span className="text-danger">{t("stuck", { count: uploads.stuck })}</span>
      ) : uploads.running > 0 && uploads.waitingFor === 0 ? (
        <span className="text-muted">{t("uploadingNow", { count: uploads.running })}</span>
      ) : null}
    </p>
  );
}

/** Save's label: "2 images still uploading…" while a pressed Save waits for them. */
export function useSaveLabel(uploads: FormUploads, kind: "image" | "file") {
  const t = useTranslations("media.uploader");
  return (label: string) => (uploads.waitingFor > 0 ? t("stillUploading", { count: Math.max(uploads.running, 1), kind }) : label);
}
