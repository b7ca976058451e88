import type { MediaPurpose } from "@/lib/media/schema";
import type { MediaView, UploadErrorBody } from "@/lib/media/types";

export type UploadFailure = {
  /** Keys of `media.errors`, for the file and for the alt field. */
  file?: string;
  alt?: string;
  cancelled?: boolean;
};

export type UploadHandle = { promise: Promise<MediaView>; abort: () => void };

const KNOWN_ERRORS = new Set([
  "missingFile",
  "emptyFile",
  "unsupportedType",
  "unsupportedImage",
  "unsupportedPdf",
  "imageTooLarge",
  "pdfTooLarge",
  "uploadTooLarge",
  "tooManyPixels",
  "damagedImage",
  "damagedPdf",
  "altRequired",
  "altTooLong",
  "badPurpose",
]);

/** Turns a failed response into message keys beside the right fields. */
export function failureFromResponse(status: number, body: UploadErrorBody | null): UploadFailure {
  if (status === 401) return { file: "unauthenticated" };
  if (status === 403) return { file: "forbidden" };
  if (status === 413) return { file: known(body?.fieldErrors?.file?.[0]) ?? "uploadTooLarge" };
  const file = known(body?.fieldErrors?.file?.[0]) ?? known(body?.fieldErrors?.purpose?.[0]);
  const alt = known(body?.fieldErrors?.alt?.[0]);
  if (file || alt) return { file, alt };
  return { file: "server" };
}

function known(key: string | undefined): string | undefined {
  return key && KNOWN_ERRORS.has(key) ? key : undefined;
}

/**
 * POSTs one file to /api/media with XMLHttpRequest, which (unlike fetch)
 * reports upload progress and can be cancelled. Rejects with an UploadFailure.
 */
export function startUpload(input: { file: File; alt: string; purpose: MediaPurpose }, onProgress: (fraction: number) => void): UploadHandle {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<MediaView>((resolve, reject) => {
    xhr.open("POST", "/api/media");
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status === 201 || xhr.status === 200) resolve(xhr.response as MediaView);
      else reject(failureFromResponse(xhr.status, xhr.response as UploadErrorBody | null));
    };
    xhr.onerror = () => reject({ file: "network" } satisfies UploadFailure);
    xhr.onabort = () => reject({ cancelled: true } satisfies UploadFailure);
    const form = new FormData();
    form.set("purpose", input.purpose);
    form.set("alt", input.alt);
    form.set("file", input.file);
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
}
