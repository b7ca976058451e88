import { AppError } from "@/lib/errors";

/** Message keys of `media.errors` the server can answer with. */
export type MediaErrorKey =
  | "missingFile"
  | "emptyFile"
  | "unsupportedType"
  | "unsupportedImage"
  | "unsupportedPdf"
  | "imageTooLarge"
  | "pdfTooLarge"
  | "uploadTooLarge"
  | "tooManyPixels"
  | "damagedImage"
  | "damagedPdf"
  | "altRequired"
  | "altTooLong"
  | "badPurpose";

/** A validation error on one form field, carrying a `media.errors` key. */
export function mediaError(key: MediaErrorKey, field: "file" | "alt" | "purpose" = "file"): AppError {
  return new AppError("VALIDATION", { message: key, fieldErrors: { [field]: [key] } });
}

/** The upload is over its size limit: the route answers 413. */
export class UploadTooLargeError extends AppError {
  constructor(key: "imageTooLarge" | "pdfTooLarge" | "uploadTooLarge") {
    super("VALIDATION", { message: key, fieldErrors: { file: [key] } });
    this.name = "UploadTooLargeError";
  }
}
