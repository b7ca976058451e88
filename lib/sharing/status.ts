import type { ShareLinkStatus } from "./types";

/** Revoked wins over expired; a link expires at its expiresAt instant. */
export function shareLinkStatus(link: { revokedAt: Date | null; expiresAt: Date | null }, now: Date = new Date()): ShareLinkStatus {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

/** The share page's path for a token. */
export function sharePath(token: string): string {
  return `/s/${token}`;
}

/** The cache tag of one share link's mapped view (lib/sharing/read-model.ts). */
export function shareLinkTag(linkId: string): string {
  return `share-link:${linkId}`;
}
