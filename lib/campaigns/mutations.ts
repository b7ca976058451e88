import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors";
import { removeStoredFiles, saveMediaAlts } from "@/lib/media/mutations";
import { copyFigure, figureData } from "@/lib/metrics/rows";
import { ownPortfolioId } from "@/lib/portfolio/data";
import { revalidatePortfolio } from "@/lib/portfolio/mutations";
import { fromIsoDate, fromOptionalIsoDate } from "@/lib/dates";
import type { UpsertCampaign } from "./schema";
import { deleteOwned, duplicateOwned, reorderOwned, setHiddenOwned } from "@/lib/portfolio/ordering";
import type { SetHidden } from "@/lib/validation";

type Tx = Prisma.TransactionClient;

function keysOf(rows: { displayKey: string; thumbKey: string | null }[]): string[] {
  return rows.flatMap((row) => (row.thumbKey ? [row.displayKey, row.thumbKey] : [row.displayKey]));
}

function campaignData(input: UpsertCampaign) {
  return {
    title: input.title,
    client: input.client,
    confidential: input.confidential,
    anonymizedLabel: input.anonymizedLabel,
    workKind: input.workKind,
    platforms: input.platforms,
    startDate: fromIsoDate(input.startDate),
    endDate: fromOptionalIsoDate(input.endDate),
    objective: input.objective,
    budget: input.budget,
    currency: input.currency,
    summary: input.summary,
  } satisfies Prisma.CampaignUncheckedUpdateInput;
}

function metricData(metric: UpsertCampaign["metrics"][number], position: number) {
  return {
    ...figureData(metric, position),
    evidenceId: metric.evidenceId,
    series: metric.series,
  };
}

type PreviousMetric = {
  id: string;
  evidenceId: string | null;
  importId: string | null;
  kind: string;
  value: number;
  baseline: number | null;
  series: Prisma.JsonValue;
};

/** Whether an imported figure's numbers differ from what the import stored (its kind, value, baseline or series). */
function editedByHand(before: PreviousMetric, after: UpsertCampaign["metrics"][number]): boolean {
  if (!before.importId) return false;
  return (
    before.kind !== after.kind ||
    before.value !== after.value ||
    before.baseline !== after.baseline ||
    JSON.stringify(before.series ?? []) !== JSON.stringify(after.series ?? [])
  );
}

/** Checks every evidence id is the owner's upload, free or already this campaign's evidence. */
async function checkEvidence(tx: Tx, userId: string, campaignId: string, metrics: UpsertCampaign["metrics"]): Promise<void> {
  const fieldErrors: Record<string, string[]> = {};
  const seen = new Set<string>();
  const wanted = metrics.flatMap((metric) => (metric.evidenceId ? [metric.evidenceId] : []));
  const usable = new Set(
    (
      await tx.media.findMany({
        where: {
          id: { in: wanted },
          userId,
          contentSampleId: null,
          avatarOf: { is: null },
          OR: [{ evidenceOf: { is: null } }, { evidenceOf: { is: { campaignId } } }],
        },
        select: { id: true },
      })
    ).map((row) => row.id),
  );
  metrics.forEach((metric, index) => {
    if (!metric.evidenceId) return;
    if (!usable.has(metric.evidenceId) || seen.has(metric.evidenceId)) fieldErrors[`metrics.${index}.evidenceId`] = ["evidenceNotFound"];
    seen.add(metric.evidenceId);
  });
  if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", { fieldErrors });
}

/**
 * Creates or updates a campaign and replaces its metric set in one transaction:
 * kept metrics are updated by id, new ones created, missing ones deleted; evidence
 * no longer used by any metric is deleted with its files. A metric id that is not
 * this campaign's, or evidence that is not the owner's, changes nothing.
 */
export async function saveCampaign(userId: string, input: UpsertCampaign): Promise<{ id: string }> {
  const portfolioId = await ownPortfolioId(userId);
  const { id, staleKeys } = await db().$transaction(async (tx) => {
    let campaignId: string;
    let previous: PreviousMetric[] = [];
    if (input.id) {
      const existing = await tx.campaign.findFirst({
        where: { id: input.id, portfolio: { userId } },
        select: { id: true, metrics: { select: { id: true, evidenceId: true, importId: true, kind: true, value: true, baseline: true, series: true } } },
      });
      if (!existing) throw notFound();
      campaignId = existing.id;
      previous = existing.metrics;
      await tx.campaign.update({ where: { id: campaignId }, data: campaignData(input) });
    } else {
      const last = await tx.campaign.aggregate({ where: { portfolioId }, _max: { position: true } });
      const created = await tx.campaign.create({
        data: { ...campaignData(input), portfolioId, position: (last._max.position ?? -1) + 1 },
        select: { id: true },
      });
      campaignId = created.id;
    }

    const previousIds = new Set(previous.map((metric) => metric.id));
    if (input.metrics.some((metric) => metric.id && !previousIds.has(metric.id))) throw notFound();
    await checkEvidence(tx, userId, campaignId, input.metrics);
    const evidenceIds = input.metrics.flatMap((metric) => (metric.evidenceId ? [metric.evidenceId] : []));
    await saveMediaAlts(tx, userId, input.mediaAlts, { ids: evidenceIds, field: "metrics" });

    const keptIds = input.metrics.flatMap((metric) => (metric.id ? [metric.id] : []));
    const removedIds = [...previousIds].filter((metricId) => !keptIds.includes(metricId));
    // Evidence is unique per metric: release it first so it can move between metrics.
    await tx.metric.updateMany({ where: { campaignId, id: { in: keptIds } }, data: { evidenceId: null } });
    await tx.metric.deleteMany({ where: { campaignId, id: { in: removedIds } } });
    for (const [position, metric] of input.metrics.entries()) {
      const data = metricData(metric, position);
      const before = metric.id ? previous.find((row) => row.id === metric.id) : undefined;
      // A figure changed by hand is no longer the platform's number: it loses its "imported from" mark.
      if (metric.id)
        await tx.metric.update({ where: { id: metric.id, campaignId }, data: before && editedByHand(before, metric) ? { ...data, importId: null } : data });
      else await tx.metric.create({ data: { ...data, campaignId } });
    }

    const nowUsed = new Set(input.metrics.map((metric) => metric.evidenceId));
    const dropped = previous.flatMap((metric) => (metric.evidenceId && !nowUsed.has(metric.evidenceId) ? [metric.evidenceId] : []));
    const stale = await tx.media.findMany({
      where: { id: { in: dropped }, userId, contentSampleId: null, avatarOf: { is: null }, evidenceOf: { is: null } },
      select: { id: true, displayKey: true, thumbKey: true },
    });
    await tx.media.deleteMany({ where: { id: { in: stale.map((row) => row.id) }, userId } });
    return { id: campaignId, staleKeys: keysOf(stale) };
  });
  await removeStoredFiles(staleKeys);
  revalidatePortfolio(userId);
  return { id };
}

/** Deletes a campaign, its metrics and their evidence files; linked samples stay, unlinked. */
export async function deleteCampaign(userId: string, id: string): Promise<void> {
  await deleteOwned(userId, "campaign", id, { campaignId: id });
}

/**
 * Copies a campaign and its metrics (without evidence files, which belong to one
 * metric each) right after the original, titled with `copySuffix`.
 */
export async function duplicateCampaign(userId: string, id: string, copySuffix: string): Promise<{ id: string }> {
  return duplicateOwned(
    userId,
    "campaign",
    copySuffix,
    (tx) => tx.campaign.findFirst({ where: { id, portfolio: { userId } }, include: { metrics: { orderBy: { position: "asc" } } } }),
    (tx, original, copy) =>
      tx.campaign.create({
        data: {
          ...copy,
          client: original.client,
          confidential: original.confidential,
          anonymizedLabel: original.anonymizedLabel,
          workKind: original.workKind,
          platforms: original.platforms,
          startDate: original.startDate,
          endDate: original.endDate,
          objective: original.objective,
          budget: original.budget,
          currency: original.currency,
          summary: original.summary,
          metrics: {
            create: original.metrics.map((metric) => ({ ...copyFigure(metric), series: metric.series ?? [] })),
          },
        },
        select: { id: true },
      }),
  );
}

export async function reorderCampaigns(userId: string, ids: string[]): Promise<void> {
  await reorderOwned(userId, "campaign", ids);
}

/** Shows or hides a campaign on the public page. */
export async function setCampaignHidden(userId: string, { id, hidden }: SetHidden): Promise<void> {
  await setHiddenOwned(userId, "campaign", id, hidden);
}
