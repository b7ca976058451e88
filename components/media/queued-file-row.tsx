"use client";

import { useTranslations } from "next-intl";
import { FileText, Upload, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { AltField } from "./alt-field";

export type QueuedFile = {
  key: string;
  file: File;
  kind: "IMAGE" | "PDF" | null;
  previewUrl: string | null;
  alt: string;
  /** "idle": not uploading, i.e. failed, cancelled or refused (uploads start when picked). */
  status: "idle" | "uploading";
  progress: number;
  /** Keys of `media.errors` shown beside the file / the alt field. */
  fileError: string | null;
  altError: string | null;
  note: "cancelled" | null;
  /** Refused before sending (type or size): can only be removed. */
  rejected: boolean;
};

/** One file in the uploader's queue: preview, name and size, alt text (or title), progress, errors and actions. */
export function QueuedFileRow({
  item,
  sizeLabel,
  onAltChange,
  onUpload,
  onCancel,
  onDiscard,
}: {
  item: QueuedFile;
  sizeLabel: string;
  onAltChange: (alt: string) => void;
  onUpload: () => void;
  onCancel: () => void;
  onDiscard: () => void;
}) {
  const t = useTranslations("media.uploader");
  const tError = useTranslations("media.errors");
  const uploading = item.status === "uploading";
  const percent = Math.round(item.progress * 100);
  const unusable = item.rejected;
  const name = item.file.name;

  return (
    // minmax(0, …): a long file name truncates instead of widening the page.
    <li
      data-upload-stuck={uploading ? undefined : ""}
      className="grid min-w-0 grid-cols-[minmax(0,1fr)] gap-3 rounded-card border border-border bg-bg p-3 sm:grid-cols-[96px_minmax(0,1fr)] sm:p-4"
    >
      <div className="flex items-start gap-3 sm:block">
        {item.previewUrl ? (
          // A local object URL: next/image cannot optimise it.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={item.previewUrl} alt="" className="size-20 rounded-lg border border-border object-cover sm:size-24" />
        ) : (
          <span aria-hidden className="grid size-20 place-items-center rounded-lg border border-border bg-surface text-muted sm:size-24">
            <FileText className="size-7" />
          </span>
        )}
        <p className="min-w-0 flex-1 sm:hidden">
          <span className="block truncate text-sm font-medium">{name}</span>
          <span className="text-xs text-muted tabular">{sizeLabel}</span>
        </p>
      </div>

      <div className="grid min-w-0 gap-3">
        <div className="hidden items-baseline justify-between gap-3 sm:flex">
          <span className="truncate text-sm font-medium" title={name}>
            {name}
          </span>
          <span className="shrink-0 text-xs text-muted tabular">{sizeLabel}</span>
        </div>

        {!unusable && (
          <AltField
            label={item.kind === "IMAGE" ? t("alt") : t("title")}
            hint={item.kind === "IMAGE" ? t("altHint") : t("titleHint")}
            error={item.altError ? tError(item.altError as "altRequired") : undefined}
            image={item.kind === "IMAGE"}
            data-alt-for={item.key}
            value={item.alt}
            onChange={onAltChange}
            onKeyDown={(event) => {
              // Enter would submit the form before this file is in it.
              if (event.key === "Enter") event.preventDefault();
            }}
          />
        )}

        {uploading && (
          <div className="grid gap-1">
            <progress
              value={percent}
              max={100}
              aria-label={t("uploading", { name })}
              className="h-1.5 w-full overflow-hidden rounded-full bg-surface [&::-moz-progress-bar]:bg-accent [&::-webkit-progress-bar]:bg-surface [&::-webkit-progress-value]:bg-accent"
            />
            <p className="text-xs text-muted tabular" aria-live="polite">
              {percent >= 100 ? t("processing") : t("progress", { percent })}
            </p>
          </div>
        )}

        <div role="status" aria-live="polite" className="empty:hidden">
          {item.fileError && <p className="text-sm text-danger">{tError(item.fileError as "server")}</p>}
          {!item.fileError && item.note === "cancelled" && <p className="text-sm text-muted">{t("cancelled")}</p>}
        </div>

        <div className="flex flex-wrap gap-2">
          {uploading ? (
            <Button type="button" variant="secondary" size="sm" onClick={onCancel} aria-label={t("cancelUpload", { name })}>
              <X aria-hidden className="size-4" />
              {t("cancel")}
            </Button>
          ) : (
            <>
              {!unusable && (
                <Button type="button" size="sm" onClick={onUpload}>
                  <Upload aria-hidden className="size-4" />
                  {item.fileError ? t("retry") : t("uploadAgain")}
                </Button>
              )}
              <Button type="button" variant="ghost" size="sm" onClick={onDiscard} aria-label={t("discard", { name })}>
                <X aria-hidden className="size-4" />
                {t("remove")}
              </Button>
            </>
          )}
        </div>
      </div>
    </li>
  );
}
