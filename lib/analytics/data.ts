import "server-only";
import { subDays } from "date-fns";
import { toIsoDate } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { DeviceClass } from "@/lib/db/generated/enums";
import { toCsv } from "./csv";
import { utcDay } from "./visitor";
import type { AnalyticsOverview, DailyPoint, LinkStats } from "./types";

export const CHART_DAYS = 30;

/**
 * Views and visitors of the last `days` UTC days (today included), in one
 * query: the dashboard overview's line. Visitors count per day, as in the
 * Sharing page's chart (the visitor hash's salt changes daily).
 */
export async function getRecentViewTotals(
  userId: string,
  now: Date = new Date(),
  days = CHART_DAYS,
): Promise<{ views: number; visitors: number; days: number }> {
  const since = subDays(utcDay(now), days - 1);
  const [row] = await db().$queryRaw<{ views: number; visitors: number }[]>`
    SELECT count(*)::int AS views, count(DISTINCT (date_trunc('day', v."createdAt"), v."visitorHash"))::int AS visitors
    FROM "PageView" v JOIN "Portfolio" p ON p."id" = v."portfolioId"
    WHERE p."userId" = ${userId} AND v."createdAt" >= ${since}`;
  return { views: Number(row?.views ?? 0), visitors: Number(row?.visitors ?? 0), days };
}

/** The last `days` UTC days, oldest first, every day present (zero when nothing happened). */
export function fillDays(rows: { day: string; views: number; visitors: number }[], now: Date, days = CHART_DAYS): DailyPoint[] {
  const byDay = new Map(rows.map((row) => [row.day, row]));
  const today = utcDay(now);
  return Array.from({ length: days }, (_, index) => {
    const day = toIsoDate(subDays(today, days - 1 - index));
    const row = byDay.get(day);
    return { day, views: row?.views ?? 0, visitors: row?.visitors ?? 0 };
  });
}

/**
 * The sharing dashboard's numbers: views and unique visitors per day for the
 * last 30 days (visitor hashes rotate daily, so a visitor is unique per day),
 * and per link (all time): views, visitors and which pages were opened.
 */
export async function getAnalyticsOverview(userId: string, now: Date = new Date()): Promise<AnalyticsOverview> {
  const portfolio = await db().portfolio.findFirst({ where: { userId }, select: { id: true, analyticsSeenAt: true } });
  if (!portfolio) throw notFound();
  const since = subDays(utcDay(now), CHART_DAYS - 1);

  const [daily, perTarget, perLinkVisitors, devices, referrers] = await Promise.all([
    db().$queryRaw<{ day: Date; views: number; visitors: number }[]>`
      SELECT date_trunc('day', v."createdAt")::date AS day, count(*)::int AS views, count(DISTINCT v."visitorHash")::int AS visitors
      FROM "PageView" v JOIN "Portfolio" p ON p."id" = v."portfolioId"
      WHERE p."userId" = ${userId} AND v."createdAt" >= ${since}
      GROUP BY 1 ORDER BY 1`,
    db().pageView.groupBy({
      by: ["shareLinkId", "target"],
      where: { portfolio: { userId } },
      _count: { _all: true },
    }),
    db().$queryRaw<{ shareLinkId: string | null; visitors: number }[]>`
      SELECT v."shareLinkId", count(DISTINCT (date_trunc('day', v."createdAt"), v."visitorHash"))::int AS visitors
      FROM "PageView" v JOIN "Portfolio" p ON p."id" = v."portfolioId"
      WHERE p."userId" = ${userId}
      GROUP BY 1`,
    db().pageView.groupBy({
      by: ["device"],
      where: { portfolio: { userId }, createdAt: { gte: since } },
      _count: { _all: true },
    }),
    db().pageView.groupBy({
      by: ["referrerHost"],
      where: { portfolio: { userId }, createdAt: { gte: since }, referrerHost: { not: null } },
      _count: { _all: true },
      orderBy: { _count: { referrerHost: "desc" } },
      take: 5,
    }),
  ]);

  const days = fillDays(
    daily.map((row) => ({ day: toIsoDate(new Date(row.day)), views: Number(row.views), visitors: Number(row.visitors) })),
    now,
  );

  const perLink: Record<string, LinkStats> = {};
  const keyOf = (id: string | null) => id ?? "public";
  for (const row of perTarget) {
    const stats = (perLink[keyOf(row.shareLinkId)] ??= { linkId: row.shareLinkId, views: 0, visitors: 0, targets: [] });
    stats.views += row._count._all;
    if (row.target !== "page") stats.targets.push({ target: row.target, views: row._count._all });
  }
  for (const row of perLinkVisitors) {
    const stats = perLink[keyOf(row.shareLinkId)];
    if (stats) stats.visitors = Number(row.visitors);
  }
  for (const stats of Object.values(perLink)) stats.targets.sort((a, b) => b.views - a.views || a.target.localeCompare(b.target));

  const deviceCounts: Record<DeviceClass, number> = { DESKTOP: 0, MOBILE: 0, TABLET: 0, OTHER: 0 };
  for (const row of devices) deviceCounts[row.device] = row._count._all;

  const views = days.reduce((sum, day) => sum + day.views, 0);
  const visitors = days.reduce((sum, day) => sum + day.visitors, 0);
  const linkViews = Object.values(perLink)
    .filter((stats) => stats.linkId)
    .reduce((sum, stats) => sum + stats.views, 0);

  return {
    days,
    totals: { views, visitors, publicViews: perLink.public?.views ?? 0, linkViews },
    perLink,
    devices: deviceCounts,
    referrers: referrers.map((row) => ({ host: row.referrerHost ?? "", views: row._count._all })),
    analyticsSeenAt: portfolio.analyticsSeenAt?.toISOString() ?? null,
  };
}

export const CSV_EXPORT_LIMIT = 50_000;

export type CsvLabels = {
  header: [string, string, string, string, string, string, string, string];
  publicPage: string;
};

/** Every view of the owner's portfolio as CSV (newest first, capped), safe to open in a spreadsheet. */
export async function exportViewsCsv(userId: string, labels: CsvLabels): Promise<string> {
  const views = await db().pageView.findMany({
    where: { portfolio: { userId } },
    orderBy: { createdAt: "desc" },
    take: CSV_EXPORT_LIMIT,
    select: {
      createdAt: true,
      target: true,
      referrerHost: true,
      country: true,
      device: true,
      visitorHash: true,
      shareLink: { select: { recipientName: true, company: true } },
    },
  });
  return toCsv(
    labels.header,
    views.map((view) => [
      view.createdAt.toISOString(),
      view.shareLink ? view.shareLink.recipientName : labels.publicPage,
      view.shareLink?.company ?? "",
      view.target,
      view.referrerHost ?? "",
      view.country ?? "",
      view.device,
      // A short, daily-rotating pseudonym: enough to tell visitors apart within a day.
      view.visitorHash.slice(0, 12),
    ]),
  );
}

/** Titles for view targets ("case-study:<slug>", "document:<id>") of the owner's items, for readable per-link lists. */
export async function getTargetTitles(userId: string): Promise<Record<string, string>> {
  const [caseStudies, documents] = await Promise.all([
    db().caseStudy.findMany({ where: { portfolio: { userId } }, select: { slug: true, title: true } }),
    db().strategyDocument.findMany({ where: { portfolio: { userId } }, select: { id: true, title: true } }),
  ]);
  return Object.fromEntries([
    ...caseStudies.map((item) => [`case-study:${item.slug}`, item.title] as const),
    ...documents.map((item) => [`document:${item.id}`, item.title] as const),
  ]);
}
