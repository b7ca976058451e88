import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors";
import { checkMediaAlts, mediaFileKeys, writeMediaAlts } from "@/lib/media/mutations";
import { copyFigure, figureData } from "@/lib/metrics/rows";
import { ownPortfolioId } from "@/lib/portfolio/data";
import { afterItemSave } from "@/lib/portfolio/mutations";
import type { SavedItem } from "@/lib/versioned-saves";
import { readForSave, versionedSave } from "@/lib/db/versioned-save";
import { fromIsoDate, fromOptionalIsoDate } from "@/lib/dates";
import type { UpsertCampaign } from "./schema";
import { deleteOwned, duplicateOwned, reorderOwned, setHiddenOwned } from "@/lib/portfolio/ordering";
import type { SetHidden } from "@/lib/validation";

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

/** Checks every evidence id is the owner's upload, free or already this campaign's evidence (read before the save's transaction). */
async function checkEvidence(userId: string, campaignId: string | undefined, metrics: UpsertCampaign["metrics"]): Promise<void> {
  const fieldErrors: Record<string, string[]> = {};
  const seen = new Set<string>();
  const wanted = metrics.flatMap((metric) => (metric.evidenceId ? [metric.evidenceId] : []));
  const usable = new Set(
    (
      await db().media.findMany({
        where: {
          id: { in: wanted },
          userId,
          contentSampleId: null,
          avatarOf: { is: null },
          OR: [{ evidenceOf: { is: null } }, ...(campaignId ? [{ evidenceOf: { is: { campaignId } } }] : [])],
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

const previousSelect = {
  id: true,
  version: true,
  lastSaveId: true,
  metrics: { select: { id: true, evidenceId: true, importId: true, kind: true, value: true, baseline: true, series: true } },
} satisfies Prisma.CampaignSelect;

/**
 * Creates or updates a campaign and replaces its metric set (#19: one short
 * transaction, idempotent and ordered). Every read and check runs first: the
 * campaign as stored (owner-scoped), its version against the form's
 * `baseVersion`, the evidence and alt text. The transaction then only writes:
 * the campaign row where its version is still the one read (bumped by one,
 * `lastSaveId` = the press's saveId), kept metrics by id, new ones created,
 * missing ones deleted, evidence no longer used deleted (its files after).
 * A retried save (same saveId) is answered with the stored item, once; a save
 * over a newer version is STALE and changes nothing.
 */
export async function saveCampaign(userId: string, input: UpsertCampaign): Promise<SavedItem> {
  const portfolioId = await ownPortfolioId(userId);
  const { stored, settled, find } = await readForSave(input, (where) => db().campaign.findFirst({ where: { ...where, portfolioId }, select: previousSelect }));
  if (settled) return settled;
  const previous: PreviousMetric[] = stored?.metrics ?? [];

  const previousIds = new Set(previous.map((metric) => metric.id));
  if (input.metrics.some((metric) => metric.id && !previousIds.has(metric.id))) throw notFound();
  await checkEvidence(userId, input.id, input.metrics);
  const evidenceIds = input.metrics.flatMap((metric) => (metric.evidenceId ? [metric.evidenceId] : []));
  const alts = await checkMediaAlts(db(), userId, input.mediaAlts, { ids: evidenceIds, field: "metrics" });
  const nowUsed = new Set(evidenceIds);
  const dropped = previous.flatMap((metric) => (metric.evidenceId && !nowUsed.has(metric.evidenceId) ? [metric.evidenceId] : []));
  // Evidence only this campaign used: free once its metrics let go of it (the version check keeps this read current).
  const stale = dropped.length
    ? await db().media.findMany({
        where: { id: { in: dropped }, userId, contentSampleId: null, avatarOf: { is: null } },
        select: { id: true, displayKey: true, thumbKey: true },
      })
    : [];
  const nextPosition = input.id ? 0 : ((await db().campaign.aggregate({ where: { portfolioId }, _max: { position: true } }))._max.position ?? -1) + 1;

  const result = await versionedSave({
    stored: input.id ? stored : null,
    input,
    claim: async (tx, where, bump) =>
      (await tx.campaign.updateMany({ where: { id: input.id, portfolioId, ...where }, data: { ...campaignData(input), ...bump } })).count,
    create: (tx, first) => tx.campaign.create({ data: { ...campaignData(input), portfolioId, position: nextPosition, ...first }, select: { id: true } }),
    write: async (tx, campaignId) => {
      await writeMediaAlts(tx, userId, alts);
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
      if (stale.length) await tx.media.deleteMany({ where: { id: { in: stale.map((row) => row.id) }, userId, evidenceOf: { is: null } } });
    },
    reread: find,
  });
  return afterItemSave(userId, result, () => mediaFileKeys(stale));
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
