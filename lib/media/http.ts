import "server-only";
import { AppError } from "@/lib/errors";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { storage } from "@/lib/storage";
import { canReadMedia, keyForVariant } from "./data";
import { SHARE_LINK_PARAM, SIGNATURE_PARAM } from "./signing";
import { UploadTooLargeError } from "./errors";
import { PDF_MAX_BYTES } from "./schema";
import type { MediaVariant, UploadErrorBody } from "./types";

/** The largest request body read: the largest file plus room for the multipart envelope and fields. */
export const MAX_REQUEST_BYTES = PDF_MAX_BYTES + 256 * 1024;

/**
 * Route handlers get no origin check from Next (server actions do): a
 * cross-site form must not be able to upload into a signed-in user's account.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin) {
    const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() ?? request.headers.get("host");
    try {
      return Boolean(host) && new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  return request.headers.get("sec-fetch-site") === "same-origin";
}

/**
 * Reads the multipart body, giving up as soon as it passes MAX_REQUEST_BYTES
 * (a declared Content-Length over it is refused before reading anything), so
 * a huge upload is never buffered.
 */
export async function readUploadRequest(request: Request): Promise<{ bytes: Uint8Array; alt: string; purpose: string }> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new AppError("VALIDATION", { fieldErrors: { file: ["missingFile"] } });
  }
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > MAX_REQUEST_BYTES) throw new UploadTooLargeError("uploadTooLarge");
  const body = await readCapped(request.body, MAX_REQUEST_BYTES);

  const { form, file } = await multipartWithFile(body, contentType);
  const alt = form.get("alt");
  const purpose = form.get("purpose");
  return {
    bytes: new Uint8Array(await file.arrayBuffer()),
    alt: typeof alt === "string" ? alt : "",
    purpose: typeof purpose === "string" ? purpose : "",
  };
}

/** A multipart body already read (capped) and its `file` part; a body that is not a form or has no file is a field error on `file`. */
export async function multipartWithFile(body: Uint8Array<ArrayBuffer>, contentType: string): Promise<{ form: FormData; file: File }> {
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("VALIDATION", { fieldErrors: { file: ["missingFile"] } });
  }
  const file = form.get("file");
  if (!file || typeof file === "string") throw new AppError("VALIDATION", { fieldErrors: { file: ["missingFile"] } });
  return { form, file };
}

/**
 * The guard every upload route handler runs first (same origin, signed in), then its work; whatever that throws
 * becomes the room's error response.
 */
export async function authedUpload(
  request: Request,
  handle: (user: SessionUser) => Promise<Response>,
  toErrorResponse: (error: unknown) => Response,
): Promise<Response> {
  if (!isSameOrigin(request)) return Response.json({ code: "FORBIDDEN" }, { status: 403 });
  const user = await getSessionUser();
  if (!user) return Response.json({ code: "UNAUTHENTICATED" }, { status: 401 });
  try {
    return await handle(user);
  } catch (error) {
    return toErrorResponse(error);
  }
}

/** The whole stream, or UploadTooLargeError the moment it passes `limit` bytes. */
export async function readCapped(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new UploadTooLargeError("uploadTooLarge");
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Maps an error to the JSON answer of the media routes. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const status =
      error instanceof UploadTooLargeError
        ? 413
        : (({ VALIDATION: 422, UNAUTHENTICATED: 401, NOT_FOUND: 404, RATE_LIMITED: 429, CONFLICT: 409 } as const)[error.code as "VALIDATION"] ?? 500);
    const body: UploadErrorBody = { code: error.code, fieldErrors: error.fieldErrors };
    return Response.json(body, { status, headers: { "cache-control": "no-store" } });
  }
  console.error(error);
  return Response.json({ code: "INTERNAL" } satisfies UploadErrorBody, { status: 500, headers: { "cache-control": "no-store" } });
}

const VARIANTS: readonly MediaVariant[] = ["display", "thumb", "file"];
const DOWNLOAD_NAMES = { display: "image.webp", thumb: "image-thumbnail.webp", file: "document.pdf" } as const;

/**
 * Serves one stored file with the visibility of the item it belongs to
 * (`canReadMedia`, with the URL's signature for an UNLISTED portfolio); anyone else gets 404. Keys never change, so an ETag on the
 * id answers revalidations with 304.
 */
export async function serveMedia(request: Request, mediaId: string, variantName: string): Promise<Response> {
  const missing = () => new Response("Not found", { status: 404, headers: { "cache-control": "no-store", "x-content-type-options": "nosniff" } });
  if (!VARIANTS.includes(variantName as MediaVariant)) return missing();
  const variant = variantName as MediaVariant;

  const user = await getSessionUser();
  const query = new URL(request.url).searchParams;
  const access = { shareLinkId: query.get(SHARE_LINK_PARAM), signature: query.get(SIGNATURE_PARAM) };
  const media = await canReadMedia(mediaId, user ? { userId: user.id } : null, access);
  const key = media && keyForVariant(media, variant);
  if (!media || !key) return missing();

  const headers = new Headers({
    "cache-control": media.audience === "public" ? "public, max-age=31536000, immutable" : "private, max-age=300",
    "x-content-type-options": "nosniff",
    etag: `"${media.id}-${variant}"`,
    // A generic name: the uploaded one may name a confidential client.
    "content-disposition": `inline; filename="${DOWNLOAD_NAMES[variant]}"`,
  });
  if (media.audience === "owner") headers.set("vary", "cookie");
  if (request.headers.get("if-none-match") === headers.get("etag")) return new Response(null, { status: 304, headers });

  const object = await storage().get(key);
  if (!object) return missing();
  headers.set("content-type", media.kind === "PDF" ? "application/pdf" : "image/webp");
  // An uploaded PDF keeps any JavaScript it carries and is shown inline from
  // our origin: sandboxed, it runs in an opaque origin without scripts,
  // forms or our cookies. A WebP we re-encoded cannot script anything.
  if (media.kind === "PDF") headers.set("content-security-policy", "sandbox");
  headers.set("content-length", String(object.size));
  return new Response(object.body, { status: 200, headers });
}
