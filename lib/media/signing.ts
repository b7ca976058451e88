import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { mediaUrl } from "./urls";
import type { MediaVariant } from "./types";

// Capability URLs for the media of portfolios that are not public. An UNLISTED
// portfolio is reached only through share links, whose recipients are signed
// out, so its images and PDFs cannot be owner-only; but a bare
// /api/media/<id>/... must not open them to anyone who guesses or keeps an id.
// The mapped visitor view (lib/public/map.ts) therefore adds `?k=<signature>`
// to the media URLs of non-public portfolios, and the media route accepts an
// UNLISTED attachment only with a valid one (lib/media/data.ts canReadMedia).

/** The query parameter carrying the signature. */
export const SIGNATURE_PARAM = "k";

// env() refuses to start production without a secret of 32+ characters; this
// constant only ever signs in development and tests.
const DEVELOPMENT_KEY = "postfolio-development-media-key";

function key(): string {
  return env().authSecret ?? DEVELOPMENT_KEY;
}

/** The signature of one media item: HMAC-SHA256 of its id under the auth secret, 128 bits, base64url. */
export function mediaSignature(mediaId: string): string {
  return createHmac("sha256", key()).update(`media:${mediaId}`).digest().subarray(0, 16).toString("base64url");
}

/** Whether `signature` is the media item's signature (constant-time). */
export function verifyMediaSignature(mediaId: string, signature: string | null | undefined): boolean {
  if (!signature) return false;
  const expected = Buffer.from(mediaSignature(mediaId));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A media URL that opens the file to whoever holds it while its portfolio is UNLISTED (and not to anyone once it is a draft). */
export function signedMediaUrl(mediaId: string, variant: MediaVariant): string {
  return `${mediaUrl(mediaId, variant)}?${SIGNATURE_PARAM}=${mediaSignature(mediaId)}`;
}
