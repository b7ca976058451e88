export type MediaKindName = "IMAGE" | "PDF";

/** What the editor and the public page get for an uploaded file (never storage keys). */
export type MediaView = {
  id: string;
  kind: MediaKindName;
  /** The display-size WebP for images, the PDF itself for documents. */
  url: string;
  /** A 400px WebP; null for PDFs. */
  thumbUrl: string | null;
  width: number | null;
  height: number | null;
  /** Alt text for images; the title for PDFs (may be empty). */
  alt: string;
  pageCount: number | null;
};

export type MediaVariant = "display" | "thumb" | "file";

/** The JSON body of a failed POST /api/media. */
export type UploadErrorBody = {
  code: string;
  /** Keys of the `media.errors` messages, per form field (`file`, `alt`, `purpose`). */
  fieldErrors?: Record<string, string[]>;
};
