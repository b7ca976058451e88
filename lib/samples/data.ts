import "server-only";
import { db } from "@/lib/db/client";
import { toClientView, toListItemView } from "@/lib/item-view";
import type { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors";
import { mediaViewSelect, toMediaView } from "@/lib/media/urls";
import type { PlatformValue } from "@/lib/platforms/platforms";
import { toOptionalIsoDate } from "@/lib/dates";
import type { SampleView } from "./types";

const sampleInclude = {
  campaign: { select: { id: true, title: true } },
  media: {
    orderBy: { position: "asc" },
    select: mediaViewSelect,
  },
} satisfies Prisma.ContentSampleInclude;

type SampleRow = Prisma.ContentSampleGetPayload<{ include: typeof sampleInclude }>;

function toView(row: SampleRow): SampleView {
  return {
    ...toListItemView(row),
    version: row.version,
    platform: row.platform,
    format: row.format,
    title: row.title,
    caption: row.caption,
    hashtags: row.hashtags,
    postedAt: toOptionalIsoDate(row.postedAt),
    url: row.url,
    campaign: row.campaign,
    workKind: row.workKind,
    ...toClientView(row),
    reach: row.reach,
    impressions: row.impressions,
    likes: row.likes,
    comments: row.comments,
    shares: row.shares,
    saves: row.saves,
    views: row.views,
    clicks: row.clicks,
    media: row.media.map(toMediaView),
  };
}

/** The owner's samples in their chosen order, optionally of one platform. */
export async function listSamples(userId: string, filter: { platform?: PlatformValue } = {}): Promise<SampleView[]> {
  const rows = await db().contentSample.findMany({
    where: { portfolio: { userId }, ...(filter.platform ? { platform: filter.platform } : {}) },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    include: sampleInclude,
  });
  return rows.map(toView);
}

/** How many samples the owner has on each platform (for the filter chips). */
export async function countSamplesByPlatform(userId: string): Promise<Partial<Record<PlatformValue, number>>> {
  const groups = await db().contentSample.groupBy({ by: ["platform"], where: { portfolio: { userId } }, _count: { _all: true } });
  return Object.fromEntries(groups.map((group) => [group.platform, group._count._all]));
}

/** One of the owner's samples; NOT_FOUND when missing or someone else's. */
export async function getSample(userId: string, id: string): Promise<SampleView> {
  const row = await db().contentSample.findFirst({ where: { id, portfolio: { userId } }, include: sampleInclude });
  if (!row) throw notFound();
  return toView(row);
}
