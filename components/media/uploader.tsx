"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { toast } from "sonner";
import { FileText, ImageUp, Upload, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";
import {
  ALT_MAX_LENGTH,
  PURPOSE_ACCEPTS,
  acceptAttribute,
  precheckFile,
  type AcceptedKinds,
  type MediaPurpose,
} from "@/lib/media/schema";
import type { MediaView } from "@/lib/media/types";
import { startUpload, type UploadFailure } from "./upload-request";

export type UploaderProps = {
  purpose: MediaPurpose;
  /** What the picker offers; defaults to what the purpose allows. The server checks the bytes either way. */
  accept?: AcceptedKinds;
  /** How many files may wait in the queue at once (pass what is left of a list's limit). */
  max?: number;
  onUploaded: (media: MediaView) => void;
  className?: string;
};

type QueuedFile = {
  key: string;
  file: File;
  kind: "IMAGE" | "PDF" | null;
  previewUrl: string | null;
  alt: string;
  status: "idle" | "uploading";
  progress: number;
  /** Keys of `media.errors` shown beside the file / the alt field. */
  fileError: string | null;
  altError: string | null;
  note: "cancelled" | null;
  /** Refused before sending (type or size): can only be removed. */
  rejected: boolean;
};

/**
 * Drag-and-drop or pick files, describe each image (alt text is required
 * before an image can be uploaded), then upload with per-file progress and
 * cancel. Each finished upload is handed to `onUploaded` and leaves the queue.
 */
export function Uploader({ purpose, accept, max = 1, onUploaded, className }: UploaderProps) {
  const t = useTranslations("media.uploader");
  const tError = useTranslations("media.errors");
  const format = useFormatter();
  const accepts = accept ?? PURPOSE_ACCEPTS[purpose];
  const inputRef = useRef<HTMLInputElement>(null);
  const aborts = useRef(new Map<string, () => void>());
  const previews = useRef(new Set<string>());
  const counter = useRef(0);
  const idPrefix = useId();
  const [items, setItems] = useState<QueuedFile[]>([]);
  const [dragging, setDragging] = useState(false);

  const update = useCallback((key: string, patch: Partial<QueuedFile>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  // Free preview URLs and stop running uploads when the uploader goes away.
  useEffect(() => {
    const urls = previews.current;
    const running = aborts.current;
    return () => {
      urls.forEach((url) => URL.revokeObjectURL(url));
      running.forEach((abort) => abort());
    };
  }, []);

  function addFiles(files: FileList | File[]) {
    const list = Array.from(files);
    if (list.length === 0) return;
    const room = max - items.length;
    if (list.length > room) toast.error(t("tooMany", { max }));
    const added = list.slice(0, Math.max(0, room)).map((file): QueuedFile => {
      const check = precheckFile(file, accepts);
      const previewUrl = check.kind === "IMAGE" && !check.error ? URL.createObjectURL(file) : null;
      if (previewUrl) previews.current.add(previewUrl);
      counter.current += 1;
      return {
        key: `${idPrefix}-${counter.current}`,
        file,
        kind: check.kind,
        previewUrl,
        alt: "",
        status: "idle",
        progress: 0,
        fileError: check.error,
        altError: null,
        note: null,
        rejected: check.error !== null,
      };
    });
    setItems((current) => [...current, ...added]);
  }

  function discard(item: QueuedFile) {
    aborts.current.get(item.key)?.();
    if (item.previewUrl) {
      URL.revokeObjectURL(item.previewUrl);
      previews.current.delete(item.previewUrl);
    }
    setItems((current) => current.filter((other) => other.key !== item.key));
  }

  async function upload(item: QueuedFile) {
    if (item.status === "uploading" || item.rejected) return;
    const alt = item.alt.trim();
    if (item.kind === "IMAGE" && alt === "") {
      update(item.key, { altError: "altRequired" });
      document.querySelector<HTMLInputElement>(`[data-alt-for="${CSS.escape(item.key)}"]`)?.focus();
      return;
    }
    update(item.key, { status: "uploading", progress: 0, fileError: null, altError: null, note: null });
    const handle = startUpload({ file: item.file, alt, purpose }, (progress) => update(item.key, { progress }));
    aborts.current.set(item.key, handle.abort);
    try {
      const media = await handle.promise;
      if (item.previewUrl) {
        URL.revokeObjectURL(item.previewUrl);
        previews.current.delete(item.previewUrl);
      }
      setItems((current) => current.filter((other) => other.key !== item.key));
      toast.success(t("uploaded", { name: item.file.name }));
      onUploaded(media);
    } catch (reason) {
      const failure = reason as UploadFailure;
      if (failure.cancelled) {
        update(item.key, { status: "idle", progress: 0, note: "cancelled" });
        return;
      }
      update(item.key, { status: "idle", progress: 0, fileError: failure.file ?? null, altError: failure.alt ?? null });
      const message = failure.alt ?? failure.file;
      if (message) toast.error(tError(message as "server"));
    } finally {
      aborts.current.delete(item.key);
    }
  }

  const full = items.length >= max;
  const many = max > 1;

  return (
    <div className={cn("grid gap-3", className)}>
      {!full && (
        <div
          onDragEnter={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragOver={(event) => {
            event.preventDefault();
            event.dataTransfer.dropEffect = "copy";
          }}
          onDragLeave={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
          }}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            addFiles(event.dataTransfer.files);
          }}
          className={cn(
            "flex flex-col items-center gap-3 rounded-card border border-dashed px-4 py-6 text-center transition-colors",
            dragging ? "border-accent bg-accent-soft" : "border-border bg-surface/50",
          )}
        >
          <span aria-hidden className="grid size-10 place-items-center rounded-full bg-bg text-muted shadow-sm ring-1 ring-border">
            {accepts === "pdf" ? <FileText className="size-5" /> : <ImageUp className="size-5" />}
          </span>
          <div className="grid gap-1">
            <p className="text-sm font-medium">
              {dragging ? t("dropHere") : many ? t("dropTitleMany", { accept: accepts }) : t("dropTitle", { accept: accepts })}
            </p>
            <p id={`${idPrefix}-hint`} className="text-xs text-muted">
              {t("hint", { accept: accepts })}
            </p>
          </div>
          <Button
            type="button"
            variant="secondary"
            size="sm"
            aria-describedby={`${idPrefix}-hint`}
            onClick={() => inputRef.current?.click()}
          >
            <Upload aria-hidden className="size-4" />
            {many ? t("chooseMany", { accept: accepts }) : t("choose", { accept: accepts })}
          </Button>
          <input
            ref={inputRef}
            type="file"
            className="sr-only"
            tabIndex={-1}
            aria-hidden
            accept={acceptAttribute(accepts)}
            multiple={many}
            onChange={(event) => {
              if (event.target.files) addFiles(event.target.files);
              // The same file can be picked again after a discard.
              event.target.value = "";
            }}
          />
        </div>
      )}

      {items.length > 0 && (
        <ul aria-label={t("queueLabel")} className="grid min-w-0 gap-3">
          {items.map((item) => (
            <QueuedFileRow
              key={item.key}
              item={item}
              sizeLabel={
                item.file.size < 1024 * 1024
                  ? format.number(Math.max(1, Math.round(item.file.size / 1024)), { style: "unit", unit: "kilobyte" })
                  : format.number(item.file.size / (1024 * 1024), { style: "unit", unit: "megabyte", maximumFractionDigits: 1 })
              }
              onAltChange={(alt) => update(item.key, { alt, altError: null })}
              onUpload={() => upload(item)}
              onCancel={() => aborts.current.get(item.key)?.()}
              onDiscard={() => discard(item)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function QueuedFileRow({
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
    <li className="grid min-w-0 grid-cols-[minmax(0,1fr)] gap-3 rounded-card border border-border bg-bg p-3 sm:grid-cols-[96px_minmax(0,1fr)] sm:p-4">
      <div className="flex items-start gap-3 sm:block">
        {item.previewUrl ? (
          // A local object URL: next/image cannot optimise it.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={item.previewUrl} alt="" className="size-20 rounded-lg border border-border object-cover sm:size-24" />
        ) : (
          <span
            aria-hidden
            className="grid size-20 place-items-center rounded-lg border border-border bg-surface text-muted sm:size-24"
          >
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
          <Field
            label={item.kind === "IMAGE" ? t("alt") : t("title")}
            hint={item.kind === "IMAGE" ? t("altHint") : t("titleHint")}
            error={item.altError ? tError(item.altError as "altRequired") : undefined}
          >
            {(control) => (
              <Input
                {...control}
                data-alt-for={item.key}
                value={item.alt}
                maxLength={ALT_MAX_LENGTH}
                required={item.kind === "IMAGE"}
                disabled={uploading}
                placeholder={item.kind === "IMAGE" ? t("altPlaceholder") : undefined}
                onChange={(event) => onAltChange(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === "Enter") {
                    event.preventDefault();
                    onUpload();
                  }
                }}
              />
            )}
          </Field>
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
                  {item.fileError ? t("retry") : t("upload")}
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
