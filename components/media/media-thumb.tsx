"use client";

import { useTranslations } from "next-intl";
import { ExternalLink, FileText, Loader2, X } from "lucide-react";
import { cn } from "@/lib/utils";
import type { MediaView } from "@/lib/media/types";

type MediaThumbProps = {
  /** A MediaView, or just what a list already holds (id, alt and the thumbnail URL for images). */
  media: Pick<MediaView, "id" | "alt"> & Partial<Omit<MediaView, "id" | "alt">>;
  /** Shows a remove button; the caller decides what removing means (detach in a form, or delete with undo). */
  onRemove?: () => void;
  removeLabel?: string;
  /** The removal is being saved: spinner on the button, no second click. */
  removing?: boolean;
  /** A round crop, for profile photos. */
  rounded?: boolean;
  className?: string;
};

/** A thumbnail with its alt text (images) or a document tile (PDFs), with an optional remove button. */
export function MediaThumb({ media, onRemove, removeLabel, removing, rounded, className }: MediaThumbProps) {
  const t = useTranslations("media.thumb");
  const kind = media.kind ?? (media.thumbUrl || media.url?.endsWith("/display") ? "IMAGE" : "PDF");
  const name = media.alt || (kind === "IMAGE" ? t("untitledImage") : t("untitledPdf"));
  const label = removeLabel ?? t("removeNamed", { name });

  const removeButton = onRemove && (
    <button
      type="button"
      onClick={onRemove}
      disabled={removing}
      aria-label={label}
      aria-busy={removing || undefined}
      title={label}
      className="absolute -right-2 -top-2 grid size-7 place-items-center rounded-full border border-border bg-bg text-muted shadow-sm transition-colors hover:text-danger disabled:opacity-60"
    >
      {removing ? <Loader2 aria-hidden className="size-3.5 animate-spin" /> : <X aria-hidden className="size-3.5" />}
    </button>
  );

  if (kind === "IMAGE") {
    const src = media.thumbUrl ?? media.url ?? `/api/media/${encodeURIComponent(media.id)}/thumb`;
    return (
      <figure className={cn("relative inline-block w-24", className)}>
        {/* Served by our own route with the owner's cookie; next/image's optimiser would fetch it without one. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          src={src}
          alt={media.alt}
          loading="lazy"
          decoding="async"
          className={cn("size-24 border border-border bg-surface object-cover", rounded ? "rounded-full" : "rounded-lg")}
        />
        {removeButton}
      </figure>
    );
  }

  const href = media.url ?? `/api/media/${encodeURIComponent(media.id)}/file`;
  return (
    <div className={cn("relative flex w-full max-w-xs items-center gap-3 rounded-lg border border-border bg-bg p-3 pr-4", className)}>
      <span aria-hidden className="grid size-10 shrink-0 place-items-center rounded-md bg-accent-soft text-accent">
        <FileText className="size-5" />
      </span>
      <span className="grid min-w-0 flex-1">
        <span className="truncate text-sm font-medium" title={name}>
          {name}
        </span>
        {media.pageCount != null && <span className="text-xs text-muted">{t("pages", { count: media.pageCount })}</span>}
      </span>
      <a
        href={href}
        target="_blank"
        rel="noopener"
        className="inline-flex shrink-0 items-center gap-1 rounded-md px-1.5 py-1 text-sm text-accent hover:underline"
      >
        {t("open")}
        <ExternalLink aria-hidden className="size-3.5" />
      </a>
      {removeButton}
    </div>
  );
}
