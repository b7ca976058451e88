import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { IMAGE_MAX_BYTES, IMAGE_MIME_TYPES, PDF_MAX_BYTES, PDF_MIME_TYPE, unsupportedTypeKey, type AcceptedKinds, type AcceptedMimeType } from "./schema";
import { mediaError, UploadTooLargeError } from "./errors";

export type DetectedFile = { kind: "IMAGE" | "PDF"; mimeType: AcceptedMimeType };

/**
 * What the file is, decided from its bytes alone: the name and the browser's
 * Content-Type can lie. SVG, HTML and everything else are refused with a
 * message naming what `accepts` allows; oversize files too.
 */
export async function detectUpload(bytes: Uint8Array, accepts: AcceptedKinds = "any"): Promise<DetectedFile> {
  if (bytes.byteLength === 0) throw mediaError("emptyFile");
  const type = await fileTypeFromBuffer(bytes);
  const mime = type?.mime as string | undefined;
  let detected: DetectedFile | null = null;
  if (mime && (IMAGE_MIME_TYPES as readonly string[]).includes(mime)) {
    detected = { kind: "IMAGE", mimeType: mime as AcceptedMimeType };
  } else if (mime === PDF_MIME_TYPE) {
    detected = { kind: "PDF", mimeType: PDF_MIME_TYPE };
  }
  if (!detected || (accepts === "image" && detected.kind !== "IMAGE") || (accepts === "pdf" && detected.kind !== "PDF")) {
    throw mediaError(unsupportedTypeKey(accepts));
  }
  assertWithinLimit(detected.kind, bytes.byteLength);
  return detected;
}

export function maxBytesFor(kind: "IMAGE" | "PDF"): number {
  return kind === "IMAGE" ? IMAGE_MAX_BYTES : PDF_MAX_BYTES;
}

export function assertWithinLimit(kind: "IMAGE" | "PDF", size: number): void {
  if (size > maxBytesFor(kind)) throw new UploadTooLargeError(kind === "IMAGE" ? "imageTooLarge" : "pdfTooLarge");
}
