import { randomBytes } from "node:crypto";

/** Bytes of randomness in a share token: 192 bits, well above the 128-bit floor. */
export const SHARE_TOKEN_BYTES = 24;

/** base64url of 24 random bytes: always 32 characters of [A-Za-z0-9_-]. */
export const shareTokenPattern = /^[A-Za-z0-9_-]{32}$/;

/** A fresh, unguessable share-link token. */
export function generateShareToken(): string {
  return randomBytes(SHARE_TOKEN_BYTES).toString("base64url");
}

/** Cheap shape check before touching the database (rejects junk and path tricks). */
export function isShareTokenShape(value: string): boolean {
  return shareTokenPattern.test(value);
}
