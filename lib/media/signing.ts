import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { mediaUrl } from "./urls";
import type { MediaVariant } from "./types";

// Capability URLs for the media of an UNLISTED portfolio. Such a portfolio is
// reached only through share links, whose recipients are signed out, so its
// images and PDFs cannot be owner-only; but a bare /api/media/<id>/... must not
// open them to anyone who guesses or keeps an id. The share link's view
// (lib/public/map.ts, option shareLinkId) therefore writes
// `?l=<share link id>&k=<signature>`, the signature covering the media id AND
// the link id, and the media route accepts an UNLISTED attachment only with a
// valid pair whose link is still active (lib/media/data.ts canReadMedia): when
// the owner revokes a link, or it expires, its media URLs stop working too.

/** The query parameter carrying the signature. */
export const SIGNATURE_PARAM = "k";
/** The query parameter carrying the share link's id the signature is bound to. */
export const SHARE_LINK_PARAM = "l";

// env() refuses to start production without a secret of 32+ characters; this
// constant only ever signs in development and tests.
const DEVELOPMENT_KEY = "postfolio-development-media-key";

function key(): string {
  return env().authSecret ?? DEVELOPMENT_KEY;
}

/** The signature of one media item as shown through one share link: HMAC-SHA256 of both ids under the auth secret, 128 bits, base64url. */
export function mediaSignature(mediaId: string, shareLinkId: string): string {
  return createHmac("sha256", key()).update(`media:${mediaId}\nlink:${shareLinkId}`).digest().subarray(0, 16).toString("base64url");
}

/** Whether `signature` is the signature of this media item under this share link (constant-time). */
export function verifyMediaSignature(mediaId: string, shareLinkId: string | null | undefined, signature: string | null | undefined): boolean {
  if (!signature || !shareLinkId) return false;
  const expected = Buffer.from(mediaSignature(mediaId, shareLinkId));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A media URL that opens the file to whoever holds it while its share link is active and its portfolio UNLISTED (or PUBLIC). */
export function signedMediaUrl(mediaId: string, variant: MediaVariant, shareLinkId: string): string {
  const params = new URLSearchParams({ [SHARE_LINK_PARAM]: shareLinkId, [SIGNATURE_PARAM]: mediaSignature(mediaId, shareLinkId) });
  return `${mediaUrl(mediaId, variant)}?${params.toString()}`;
}
