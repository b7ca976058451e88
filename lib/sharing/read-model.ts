import "server-only";
import { unstable_cache } from "next/cache";
import { withSettle } from "@/lib/cache/expire";
import { db } from "@/lib/db/client";
import { portfolioTag } from "@/lib/portfolio/mutations";
import { toPublicPortfolio } from "@/lib/public/map";
import { publicPortfolioSelect } from "@/lib/public/select";
import type { PublicPortfolio } from "@/lib/public/types";
import { resolveShareLink } from "./data";
import type { ShareResolution } from "./types";
import { shareLinkTag } from "./status";

export type SharedView =
  | {
      status: "active";
      portfolio: PublicPortfolio;
      link: { id: string; token: string; recipientName: string; company: string; sections: readonly string[]; anonymizeAll: boolean };
      userId: string;
    }
  | { status: "inactive" }
  | { status: "not-found" };

/**
 * The portfolio as one share link's recipient sees it: only the link's
 * sections, and with "anonymize all" every client by its label. Both are
 * applied while mapping (lib/public/map.ts), so the data never holds what the
 * recipient must not see — not in the HTML, not in the RSC payload, not in the
 * cache.
 */
export async function loadSharedPortfolio(
  link: { id: string; sections: readonly string[]; anonymizeAll: boolean },
  portfolio: { id: string; userId: string },
): Promise<PublicPortfolio | null> {
  const row = await db().portfolio.findFirst({
    where: { id: portfolio.id, userId: portfolio.userId, visibility: { not: "DRAFT" } },
    select: publicPortfolioSelect,
  });
  if (!row) return null;
  return toPublicPortfolio(row, { onlySections: link.sections, anonymizeAll: link.anonymizeAll, shareLinkId: link.id });
}

/** What a share link's cached reads carry: every edit of the portfolio and revoking the link expire them. */
export function sharedPageTags(userId: string, linkId: string): string[] {
  return [...withSettle([portfolioTag(userId)]), shareLinkTag(linkId)];
}

/**
 * What /s/<token> shows. The link's state is checked on every request (a
 * revoked link stops at once); the mapped portfolio is cached per link and
 * invalidated with every edit of the portfolio.
 */
export async function getSharedPortfolio(token: string): Promise<SharedView> {
  const share = await resolveShareLink(token);
  if (share.status !== "active") return share;
  return sharedView(share);
}

type ActiveResolution = Extract<ShareResolution, { status: "active" }>;

/** The mapped portfolio behind an active link (cached per link, its sections and anonymizing). */
export async function sharedView(share: ActiveResolution): Promise<SharedView> {
  const { link, portfolio } = share;
  const view = await unstable_cache(
    () => loadSharedPortfolio(link, portfolio),
    ["shared-portfolio", link.id, link.sections.join(","), String(link.anonymizeAll)],
    // Also tagged by link, so revoking it drops the cached view (and its link-signed media URLs) at once.
    { tags: sharedPageTags(portfolio.userId, link.id) },
  )();
  if (!view) return { status: "not-found" };
  return { status: "active", portfolio: view, link, userId: portfolio.userId };
}
