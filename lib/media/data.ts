import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/db/generated/client";
import type { SectionKey } from "@/lib/sections";
import { verifyMediaSignature } from "./signing";
import { mediaViewSelect, toMediaView } from "./urls";
import type { MediaVariant, MediaView } from "./types";

export { mediaUrl, toMediaView } from "./urls";

/** One of the owner's media items; NOT_FOUND when missing or someone else's. */
export async function getOwnMedia(userId: string, mediaId: string): Promise<MediaView> {
  const media = await db().media.findFirst({ where: { id: mediaId, userId }, select: mediaViewSelect });
  if (!media) throw notFound();
  return toMediaView(media);
}

export type MediaViewer = { userId: string } | null;

export type ReadableMedia = {
  id: string;
  kind: "IMAGE" | "PDF";
  displayKey: string;
  thumbKey: string | null;
  mimeType: string;
  /**
   * "owner": the signed-in owner (private caching, varies by cookie);
   * "link": a holder of the signed URL of an UNLISTED portfolio's media (private caching);
   * "public": anyone, the portfolio is PUBLIC (cached for a year).
   */
  audience: "owner" | "link" | "public";
};

type Visibility = "PUBLIC" | "UNLISTED";

/** A portfolio with one of `visibilities` that shows `section` (and matches `extra`). */
function publishedWith(visibilities: Visibility[], section: SectionKey, extra: Prisma.PortfolioWhereInput): Prisma.PortfolioWhereInput {
  return {
    ...extra,
    visibility: { in: visibilities },
    // The column is a nullable array: NULL means nothing hidden (NOT has() alone would drop those rows).
    OR: [{ hiddenSections: { equals: null } }, { NOT: { hiddenSections: { has: section } } }],
  };
}

/** Media a visitor can see on a page of a portfolio with one of `visibilities`: attached to a visible item of a visible section. */
export function attachedToVisibleItem(visibilities: Visibility[], extra: Prisma.PortfolioWhereInput = {}): Prisma.MediaWhereInput {
  return {
    OR: [
      { avatarOf: { is: { ...extra, visibility: { in: visibilities } } } },
      { evidenceOf: { is: { campaign: { hidden: false, portfolio: publishedWith(visibilities, "campaigns", extra) } } } },
      { contentSample: { is: { hidden: false, portfolio: publishedWith(visibilities, "samples", extra) } } },
      { documentOf: { is: { hidden: false, portfolio: publishedWith(visibilities, "documents", extra) } } },
      { coverOf: { is: { hidden: false, portfolio: publishedWith(visibilities, "caseStudies", extra) } } },
    ],
  };
}

/** A portfolio that has this share link, still active (not revoked, not expired at `now`). */
function withActiveShareLink(linkId: string, now: Date): Prisma.PortfolioWhereInput {
  return { shareLinks: { some: { id: linkId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } } };
}

/** What an UNLISTED portfolio's signed media URL carries (lib/media/signing.ts). */
export type MediaLinkAccess = { shareLinkId: string | null; signature: string | null };

/**
 * Whether `viewer` may read a media item: the single visibility rule for
 * served files. The owner always may. Anyone may read media attached to a
 * visible item of a PUBLIC portfolio: its avatar, the evidence of a metric of
 * a non-hidden campaign, the images of a non-hidden content sample, the PDF of
 * a non-hidden strategy document, the cover of a non-hidden case study (each
 * only while its section is shown). The same media of an UNLISTED portfolio
 * (reached only through share links) needs the URL's signature as well
 * (`access`, lib/media/signing.ts): it is bound to one share link, and that
 * link must still be active and belong to the media's portfolio, so revoking
 * or expiring the link ends its media too. Everything else, including drafts and
 * unattached uploads, is the owner's alone. Returns null when the viewer may
 * not read it, so callers answer 404, never 403 (no existence leak).
 */
export async function canReadMedia(
  mediaId: string,
  viewer: MediaViewer,
  access: MediaLinkAccess | null = null,
  now: Date = new Date(),
): Promise<ReadableMedia | null> {
  const linkId = access && verifyMediaSignature(mediaId, access.shareLinkId, access.signature) ? access.shareLinkId : null;
  const visitorMay: Prisma.MediaWhereInput = linkId
    ? { OR: [attachedToVisibleItem(["PUBLIC"]), attachedToVisibleItem(["PUBLIC", "UNLISTED"], withActiveShareLink(linkId, now))] }
    : attachedToVisibleItem(["PUBLIC"]);
  const select = { id: true, userId: true, kind: true, displayKey: true, thumbKey: true, mimeType: true } as const;
  const media = await db().media.findFirst({
    where: { id: mediaId, ...(viewer ? { OR: [{ userId: viewer.userId }, visitorMay] } : visitorMay) },
    select,
  });
  if (!media) return null;

  // The owner gets private caching even for published media, so unpublishing
  // takes effect for them at once; link holders get private caching so that
  // making the portfolio a draft ends their access within minutes.
  const audience = viewer && media.userId === viewer.userId ? "owner" : linkId ? "link" : "public";
  return {
    id: media.id,
    kind: media.kind,
    displayKey: media.displayKey,
    thumbKey: media.thumbKey,
    mimeType: media.mimeType,
    audience,
  };
}

/** The storage key behind a variant, or null when the item has no such variant. */
export function keyForVariant(media: Pick<ReadableMedia, "kind" | "displayKey" | "thumbKey">, variant: MediaVariant) {
  if (media.kind === "PDF") return variant === "file" ? media.displayKey : null;
  if (variant === "display") return media.displayKey;
  if (variant === "thumb") return media.thumbKey;
  return null;
}
