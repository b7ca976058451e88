"use client";

import { useState } from "react";
import { FieldError } from "@/components/ui/field";
import type { MediaPurpose, AcceptedKinds } from "@/lib/media/schema";
import type { MediaView } from "@/lib/media/types";
import { AttachedMedia, type MediaAltControl, type useMediaAlts } from "./attached-media";
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

type FormMediaFieldProps = Omit<SingleMediaFieldProps, "media" | "alt" | "onRemove" | "onUploaded"> & {
  /** The form's value: the attached file's id, or null. */
  mediaId: string | null | undefined;
  onChange: (mediaId: string | null) => void;
  /** The file attached when the form opened. */
  initial: MediaView | null;
  /** The form's alt texts: an upload adds the file's, a removal drops it. */
  alts: ReturnType<typeof useMediaAlts>;
  error?: string;
};

/** An editor form's one attached file (a case study's cover, a document's PDF): its id field, its alt text, its error. */
export function FormMediaField({ mediaId, onChange, initial, alts, error, ...field }: FormMediaFieldProps) {
  const [view, setView] = useState(initial);
  return (
    <>
      <SingleMediaField
        {...field}
        media={view && mediaId ? view : null}
        alt={alts.field}
        onRemove={(media) => {
          onChange(null);
          alts.remove(media.id);
        }}
        onUploaded={(media) => {
          setView(media);
          onChange(media.id);
          alts.add(media);
        }}
      />
      {error && <FieldError message={error} />}
    </>
  );
}
