import { z } from "zod";
import { cleanLine, idString } from "@/lib/validation";

// Shared by the uploader (quick checks before sending) and the server (the
// authority). Error messages are keys of the `media.errors` messages.

export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;
export const PDF_MAX_BYTES = 20 * 1024 * 1024;
export const ALT_MAX_LENGTH = 300;

export const IMAGE_MIME_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif"] as const;
export const PDF_MIME_TYPE = "application/pdf";
export type AcceptedMimeType = (typeof IMAGE_MIME_TYPES)[number] | typeof PDF_MIME_TYPE;

export const MEDIA_PURPOSES = ["avatar", "evidence", "sample", "document"] as const;
export type MediaPurpose = (typeof MEDIA_PURPOSES)[number];

export type AcceptedKinds = "image" | "pdf" | "any";

/** What each purpose may hold: a profile photo and post images are images; proof and documents may be either. */
export const PURPOSE_ACCEPTS: Record<MediaPurpose, AcceptedKinds> = {
  avatar: "image",
  sample: "image",
  evidence: "any",
  document: "any",
};

/** The `accept` attribute for the file picker: a hint only; the server decides from the bytes. */
export function acceptAttribute(accepts: AcceptedKinds): string {
  const images = ".jpg,.jpeg,.png,.webp,.gif,image/jpeg,image/png,image/webp,image/gif";
  const pdf = ".pdf,application/pdf";
  return accepts === "image" ? images : accepts === "pdf" ? pdf : `${images},${pdf}`;
}

/** The message key naming what `accepts` allows (shown for any refused type). */
export function unsupportedTypeKey(accepts: AcceptedKinds) {
  return accepts === "image" ? "unsupportedImage" : accepts === "pdf" ? "unsupportedPdf" : "unsupportedType";
}

export const uploadMediaSchema = z.object({
  purpose: z.enum(MEDIA_PURPOSES, { error: "badPurpose" }),
  alt: z.string().overwrite(cleanLine).trim().max(ALT_MAX_LENGTH, { error: "altTooLong" }).default(""),
});
export type UploadMediaInput = z.infer<typeof uploadMediaSchema>;

export const updateMediaAltSchema = z.object({
  mediaId: idString,
  alt: z.string().overwrite(cleanLine).trim().max(ALT_MAX_LENGTH, { error: "altTooLong" }),
});
export type UpdateMediaAltInput = z.infer<typeof updateMediaAltSchema>;

/**
 * The alt text (or PDF title) of each picture a form shows, saved with the
 * item: a file is uploaded the moment it is picked, before its alt text is
 * written, so the item's save is what writes and checks it. Every item schema
 * with media spreads this in.
 */
export const mediaAltsField = {
  mediaAlts: z
    .array(updateMediaAltSchema)
    .max(100, { error: "tooMany" })
    .refine((list) => new Set(list.map((entry) => entry.mediaId)).size === list.length, { error: "duplicateId" })
    .default([]),
};
export type MediaAlt = z.infer<typeof updateMediaAltSchema>;

/**
 * The uploader's quick check before sending, from the browser's type and the
 * name: a hint for instant feedback only; the server decides from the bytes.
 * Returns the kind, or the `media.errors` key to show.
 */
export function precheckFile(
  file: { name: string; type: string; size: number },
  accepts: AcceptedKinds,
): { kind: "IMAGE" | "PDF"; error: null } | { kind: "IMAGE" | "PDF" | null; error: string } {
  const extension = file.name.toLowerCase().split(".").pop() ?? "";
  const kind =
    (IMAGE_MIME_TYPES as readonly string[]).includes(file.type) || ["jpg", "jpeg", "png", "webp", "gif"].includes(extension)
      ? "IMAGE"
      : file.type === PDF_MIME_TYPE || extension === "pdf"
        ? "PDF"
        : null;
  if (!kind || (accepts === "image" && kind !== "IMAGE") || (accepts === "pdf" && kind !== "PDF")) {
    return { kind, error: unsupportedTypeKey(accepts) };
  }
  if (file.size === 0) return { kind, error: "emptyFile" };
  if (kind === "IMAGE" && file.size > IMAGE_MAX_BYTES) return { kind, error: "imageTooLarge" };
  if (kind === "PDF" && file.size > PDF_MAX_BYTES) return { kind, error: "pdfTooLarge" };
  return { kind, error: null };
}
