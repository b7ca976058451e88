"use client";

import type { MediaPurpose, AcceptedKinds } from "@/lib/media/schema";
import type { MediaView } from "@/lib/media/types";
import { AttachedMedia, type MediaAltControl } from "./attached-media";
import { Uploader } from "./uploader";

type SingleMediaFieldProps = {
  /** The attached file, or null to offer the uploader. */
  media: MediaView | null;
  alt: (mediaId: string) => MediaAltControl;
  removeLabel: string;
  onRemove: (media: MediaView) => void;
  purpose: MediaPurpose;
  accept: AcceptedKinds;
  onUploaded: (media: MediaView) => void;
  /** Under the uploader while nothing is attached. */
  emptyHint?: React.ReactNode;
};

/** One attached file (a cover, a PDF, a metric's evidence) with its alt text, or the uploader to attach one. */
export function SingleMediaField({ media, alt, removeLabel, onRemove, purpose, accept, onUploaded, emptyHint }: SingleMediaFieldProps) {
  if (media) return <AttachedMedia media={media} alt={alt(media.id)} removeLabel={removeLabel} onRemove={() => onRemove(media)} />;
  return (
    <>
      <Uploader purpose={purpose} accept={accept} max={1} onUploaded={onUploaded} />
      {emptyHint}
    </>
  );
}
