import "server-only";
import { db } from "@/lib/db/client";
import { toClientView, toListItemView } from "@/lib/item-view";
import type { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors";
import { mediaViewSelect, toMediaView } from "@/lib/media/urls";
import { toFigureView } from "@/lib/metrics/rows";
import { toIsoDate, toOptionalIsoDate } from "@/lib/dates";
import type { CampaignOption, CampaignView, MetricView } from "./types";

const campaignInclude = {
  metrics: {
    orderBy: { position: "asc" },
    include: { evidence: { select: mediaViewSelect } },
  },
  _count: { select: { samples: true } },
} satisfies Prisma.CampaignInclude;

type CampaignRow = Prisma.CampaignGetPayload<{ include: typeof campaignInclude }>;

function parseSeries(value: Prisma.JsonValue): MetricView["series"] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((point) => {
    if (!point || typeof point !== "object" || Array.isArray(point)) return [];
    const { date, value: n } = point as Record<string, unknown>;
    return typeof date === "string" && typeof n === "number" ? [{ date, value: n }] : [];
  });
}

function toView(row: CampaignRow): CampaignView {
  return {
    ...toListItemView(row),
    version: row.version,
    title: row.title,
    ...toClientView(row),
    workKind: row.workKind,
    platforms: row.platforms,
    startDate: toIsoDate(row.startDate),
    endDate: toOptionalIsoDate(row.endDate),
    objective: row.objective,
    budget: row.budget,
    currency: row.currency,
    summary: row.summary,
    sampleCount: row._count.samples,
    metrics: row.metrics.map((metric) => ({
      ...toFigureView(metric),
      evidence: metric.evidence ? toMediaView(metric.evidence) : null,
      series: parseSeries(metric.series),
    })),
  };
}

/** The owner's campaigns in their chosen order, with metrics. */
export async function listCampaigns(userId: string): Promise<CampaignView[]> {
  const rows = await db().campaign.findMany({
    where: { portfolio: { userId } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    include: campaignInclude,
  });
  return rows.map(toView);
}

/** One of the owner's campaigns; NOT_FOUND when missing or someone else's. */
export async function getCampaign(userId: string, id: string): Promise<CampaignView> {
  const row = await db().campaign.findFirst({ where: { id, portfolio: { userId } }, include: campaignInclude });
  if (!row) throw notFound();
  return toView(row);
}

/** The owner's campaigns for a "part of campaign" select. */
export async function listCampaignOptions(userId: string): Promise<CampaignOption[]> {
  return db().campaign.findMany({
    where: { portfolio: { userId } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, title: true },
  });
}
