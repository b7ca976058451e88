"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { toast } from "sonner";
import { cn } from "@/lib/utils";
import { PURPOSE_ACCEPTS, precheckFile, type AcceptedKinds, type MediaPurpose } from "@/lib/media/schema";
import type { MediaView } from "@/lib/media/types";
import { DropZone } from "./drop-zone";
import { useReportUploads } from "./form-uploads";
import { QueuedFileRow, type QueuedFile } from "./queued-file-row";
import { startUpload, type UploadFailure } from "./upload-request";

export type UploaderProps = {
  purpose: MediaPurpose;
  /** What the picker offers; defaults to what the purpose allows. The server checks the bytes either way. */
  accept?: AcceptedKinds;
  /** How many files may wait in the queue at once (pass what is left of a list's limit). */
  max?: number;
  /** A finished upload, with the alt text typed so far (the form saves it with the item). */
  onUploaded: (media: MediaView) => void;
  className?: string;
};

/**
 * Drag-and-drop or pick files: each upload starts at once, with progress,
 * cancel and retry. Alt text can be typed while it runs; each finished upload
 * is handed to `onUploaded` with it and leaves the queue, so the form shows
 * the picture (and its alt text field) and saves both. Inside a form's
 * <FormUploadsScope>, it reports running and failed files so Save can wait.
 */
export function Uploader({ purpose, accept, max = 1, onUploaded, className }: UploaderProps) {
  const t = useTranslations("media.uploader");
  const tError = useTranslations("media.errors");
  const format = useFormatter();
  const accepts = accept ?? PURPOSE_ACCEPTS[purpose];
  const aborts = useRef(new Map<string, () => void>());
  const previews = useRef(new Set<string>());
  const counter = useRef(0);
  const idPrefix = useId();
  const [items, setItems] = useState<QueuedFile[]>([]);
  // The alt text typed so far, read when an upload finishes (the closure that started it holds the old one).
  const alts = useRef(new Map<string, string>());
  // Picked order, and finished uploads waiting for an earlier pick: pictures reach the form in the order picked.
  const order = useRef<string[]>([]);
  const finished = useRef(new Map<string, () => void>());
  // Likewise the form's latest callback, so two uploads finishing one after the other both land.
  const handOver = useRef(onUploaded);
  useEffect(() => {
    handOver.current = onUploaded;
  }, [onUploaded]);
  useReportUploads(idPrefix, {
    running: items.filter((item) => item.status === "uploading").length,
    stuck: items.filter((item) => item.status !== "uploading").length,
  });

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
    order.current.push(...added.map((item) => item.key));
    setItems((current) => [...current, ...added]);
    for (const item of added) if (!item.rejected) void upload(item);
  }

  function discard(item: QueuedFile) {
    aborts.current.get(item.key)?.();
    alts.current.delete(item.key);
    order.current = order.current.filter((key) => key !== item.key);
    if (item.previewUrl) {
      URL.revokeObjectURL(item.previewUrl);
      previews.current.delete(item.previewUrl);
    }
    setItems((current) => current.filter((other) => other.key !== item.key));
    flush();
  }

  /** Hands finished uploads to the form in picked order; a failed or cancelled pick does not hold the later ones. */
  function flush() {
    for (const key of [...order.current]) {
      const finish = finished.current.get(key);
      if (finish) {
        finished.current.delete(key);
        order.current = order.current.filter((other) => other !== key);
        finish();
        continue;
      }
      if (aborts.current.has(key)) return;
    }
  }

  async function upload(item: QueuedFile) {
    if (item.rejected || aborts.current.has(item.key)) return;
    const typed = () => (alts.current.get(item.key) ?? item.alt).trim();
    update(item.key, { status: "uploading", progress: 0, fileError: null, altError: null, note: null });
    const handle = startUpload({ file: item.file, alt: typed(), purpose }, (progress) => update(item.key, { progress }));
    aborts.current.set(item.key, handle.abort);
    try {
      const media = await handle.promise;
      update(item.key, { progress: 1 });
      finished.current.set(item.key, () => {
        if (item.previewUrl) {
          URL.revokeObjectURL(item.previewUrl);
          previews.current.delete(item.previewUrl);
        }
        // Typing in this row's alt field when it goes away: carry on in the form's field for the picture.
        const typing = document.activeElement?.getAttribute("data-alt-for") === item.key;
        const alt = typed() || media.alt;
        alts.current.delete(item.key);
        setItems((current) => current.filter((other) => other.key !== item.key));
        toast.success(t("uploaded", { name: item.file.name }));
        handOver.current({ ...media, alt });
        if (typing) {
          requestAnimationFrame(() => {
            const field = document.querySelector<HTMLInputElement>(`[data-media-alt="${CSS.escape(media.id)}"]`);
            field?.focus();
            field?.setSelectionRange(field.value.length, field.value.length);
          });
        }
      });
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
      flush();
    }
  }

  const full = items.length >= max;
  const many = max > 1;

  return (
    <div className={cn("grid gap-3", className)}>
      {!full && <DropZone accepts={accepts} many={many} hintId={`${idPrefix}-hint`} onFiles={addFiles} />}

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
              onAltChange={(alt) => {
                alts.current.set(item.key, alt);
                update(item.key, { alt, altError: null });
              }}
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
