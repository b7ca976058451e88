import type { MediaKindName, MediaVariant, MediaView } from "./types";

/** The app URL a stored file is served from (the only way files are reached). */
export function mediaUrl(id: string, variant: MediaVariant): string {
  return `/api/media/${encodeURIComponent(id)}/${variant}`;
}

type MediaRow = {
  id: string;
  kind: MediaKindName;
  width: number | null;
  height: number | null;
  alt: string;
  pageCount: number | null;
};

/** The columns toMediaView reads: every room selects its attached media with this. */
export const mediaViewSelect = { id: true, kind: true, width: true, height: true, alt: true, pageCount: true } as const;

export function toMediaView(media: MediaRow): MediaView {
  const image = media.kind === "IMAGE";
  return {
    id: media.id,
    kind: media.kind,
    url: mediaUrl(media.id, image ? "display" : "file"),
    thumbUrl: image ? mediaUrl(media.id, "thumb") : null,
    width: media.width,
    height: media.height,
    alt: media.alt,
    pageCount: media.pageCount,
  };
}
