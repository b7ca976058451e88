import "server-only";
import { cache } from "react";
import { countUnreadMessages } from "@/lib/contact/data";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { isSectionKey } from "@/lib/sections";
import { isShareTokenShape } from "./token";
import { sharePath, shareLinkStatus } from "./status";
import type { OwnerNotificationView, ShareLinkView, ShareResolution } from "./types";

function isNewSince(lastViewedAt: Date | null, seenAt: Date | null): boolean {
  return Boolean(lastViewedAt && (!seenAt || lastViewedAt > seenAt));
}

/** The owner's share links, newest first, with their "new" markers against Portfolio.analyticsSeenAt. */
export async function listShareLinks(userId: string, now: Date = new Date()): Promise<ShareLinkView[]> {
  const portfolio = await db().portfolio.findFirst({
    where: { userId },
    select: {
      analyticsSeenAt: true,
      shareLinks: { orderBy: { createdAt: "desc" } },
    },
  });
  if (!portfolio) return [];
  return portfolio.shareLinks.map((link) => ({
    id: link.id,
    token: link.token,
    path: sharePath(link.token),
    recipientName: link.recipientName,
    company: link.company,
    note: link.note,
    expiresAt: link.expiresAt?.toISOString() ?? null,
    sections: link.sections.filter(isSectionKey),
    anonymizeAll: link.anonymizeAll,
    status: shareLinkStatus(link, now),
    revokedAt: link.revokedAt?.toISOString() ?? null,
    createdAt: link.createdAt.toISOString(),
    firstViewedAt: link.firstViewedAt?.toISOString() ?? null,
    lastViewedAt: link.lastViewedAt?.toISOString() ?? null,
    viewCount: link.viewCount,
    isNew: isNewSince(link.lastViewedAt, portfolio.analyticsSeenAt),
  }));
}

/** One of the owner's links; someone else's is NOT_FOUND. */
export async function getShareLink(userId: string, id: string) {
  const link = await db().shareLink.findFirst({ where: { id, portfolio: { userId } } });
  if (!link) throw notFound();
  return link;
}

/**
 * What a visitor to /s/<token> gets. Draft portfolios and unknown tokens are
 * "not-found" (404); revoked and expired links are "inactive" (410). Neither
 * carries anything of the portfolio.
 */
export const resolveShareLink = cache(async (token: string, now: Date = new Date()): Promise<ShareResolution> => {
  if (!isShareTokenShape(token)) return { status: "not-found" };
  const link = await db().shareLink.findUnique({
    where: { token },
    select: {
      id: true,
      token: true,
      sections: true,
      anonymizeAll: true,
      recipientName: true,
      company: true,
      revokedAt: true,
      expiresAt: true,
      portfolio: { select: { id: true, userId: true, visibility: true, pageLocale: true, user: { select: { handle: true } } } },
    },
  });
  if (!link || link.portfolio.visibility === "DRAFT") return { status: "not-found" };
  if (shareLinkStatus(link, now) !== "active") return { status: "inactive" };
  return {
    status: "active",
    link: {
      id: link.id,
      token: link.token,
      sections: link.sections,
      anonymizeAll: link.anonymizeAll,
      recipientName: link.recipientName,
      company: link.company,
      expiresAt: link.expiresAt,
    },
    portfolio: { id: link.portfolio.id, userId: link.portfolio.userId, handle: link.portfolio.user.handle, pageLocale: link.portfolio.pageLocale },
  };
});

/** Links opened since the owner last looked (the Sharing nav badge). */
export async function countNewOpens(userId: string): Promise<number> {
  const portfolio = await db().portfolio.findFirst({ where: { userId }, select: { id: true, analyticsSeenAt: true } });
  if (!portfolio) return 0;
  return db().shareLink.count({
    where: {
      portfolioId: portfolio.id,
      portfolio: { userId },
      lastViewedAt: portfolio.analyticsSeenAt ? { gt: portfolio.analyticsSeenAt } : { not: null },
    },
  });
}

/** Unread dashboard notifications about share links (shown when no email was sent). */
export async function listUnreadNotifications(userId: string): Promise<OwnerNotificationView[]> {
  const rows = await db().notification.findMany({
    where: { userId, readAt: null, kind: "link-opened" },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
  return rows.map((row) => {
    const payload = (row.payload ?? {}) as { recipientName?: unknown; company?: unknown };
    return {
      id: row.id,
      kind: row.kind,
      recipientName: typeof payload.recipientName === "string" ? payload.recipientName : "",
      company: typeof payload.company === "string" ? payload.company : "",
      createdAt: row.createdAt.toISOString(),
    };
  });
}

/** The sharing dashboard's portfolio facts: section order for the form, visibility for warnings. */
export async function getSharingContext(userId: string) {
  const portfolio = await db().portfolio.findFirst({
    where: { userId },
    select: { id: true, visibility: true, sectionOrder: true, hiddenSections: true, analyticsSeenAt: true, user: { select: { handle: true } } },
  });
  if (!portfolio) throw notFound();
  return portfolio;
}

/**
 * The Sharing and Inbox nav badges: links opened since the owner last looked,
 * unread messages. Once per request (the layout and the overview both ask).
 */
export const getSharingNavCounts = cache(async (userId: string): Promise<{ newOpens: number; unreadMessages: number }> => {
  const [newOpens, unreadMessages] = await Promise.all([countNewOpens(userId), countUnreadMessages(userId)]);
  return { newOpens, unreadMessages };
});
