import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors";
import { checkMediaAlts, mediaFileKeys, writeMediaAlts } from "@/lib/media/mutations";
import { afterItemSave } from "@/lib/portfolio/mutations";
import type { SavedItem } from "@/lib/versioned-saves";
import { readForSave, versionedSave } from "@/lib/db/versioned-save";
import { fromOptionalIsoDate } from "@/lib/dates";
import { ownPortfolioId } from "@/lib/portfolio/data";
import { deleteOwned, duplicateOwned, reorderOwned, setHiddenOwned } from "@/lib/portfolio/ordering";
import type { SetHidden } from "@/lib/validation";
import type { UpsertSample } from "./schema";

type Tx = Prisma.TransactionClient;

function sampleData(input: UpsertSample, campaignId: string | null) {
  return {
    platform: input.platform,
    format: input.format,
    title: input.title,
    caption: input.caption,
    hashtags: input.hashtags,
    postedAt: fromOptionalIsoDate(input.postedAt),
    url: input.url,
    campaignId,
    workKind: input.workKind,
    client: input.client,
    confidential: input.confidential,
    anonymizedLabel: input.anonymizedLabel,
    reach: input.reach,
    impressions: input.impressions,
    likes: input.likes,
    comments: input.comments,
    shares: input.shares,
    saves: input.saves,
    views: input.views,
    clicks: input.clicks,
  } satisfies Prisma.ContentSampleUncheckedUpdateInput;
}

/** Attaches the owner's uploads in order; detaches (and returns) images no longer listed. */
async function syncMedia(tx: Tx, userId: string, sampleId: string, mediaIds: string[]) {
  const removed = await tx.media.findMany({
    where: { contentSampleId: sampleId, userId, id: { notIn: mediaIds } },
    select: { id: true, displayKey: true, thumbKey: true },
  });
  if (mediaIds.length > 0) {
    const { count } = await tx.media.updateMany({
      where: {
        id: { in: mediaIds },
        userId,
        kind: "IMAGE",
        OR: [{ contentSampleId: null }, { contentSampleId: sampleId }],
        avatarOf: { is: null },
        evidenceOf: { is: null },
      },
      data: { contentSampleId: sampleId },
    });
    if (count !== mediaIds.length) throw new AppError("VALIDATION", { fieldErrors: { mediaIds: ["mediaNotFound"] } });
    for (const [position, id] of mediaIds.entries()) await tx.media.update({ where: { id }, data: { position } });
  }
  await tx.media.deleteMany({ where: { id: { in: removed.map((row) => row.id) }, userId } });
  return mediaFileKeys(removed);
}

/**
 * Creates or updates a content sample with its images (#19: checks first, then
 * one write-only transaction). The campaign link, the alt text and the
 * sample's version against the form's `baseVersion` are checked before it; a
 * retry of a committed save (same saveId) answers with the stored item, a save
 * over a newer version is STALE. A campaign link or image that is not the
 * owner's changes nothing (NOT_FOUND / VALIDATION); images removed from the
 * sample are deleted with their files.
 */
export async function saveSample(userId: string, input: UpsertSample): Promise<SavedItem> {
  const portfolioId = await ownPortfolioId(userId);
  const { stored, settled, find } = await readForSave(input, (where) =>
    db().contentSample.findFirst({ where: { ...where, portfolioId }, select: { id: true, version: true, lastSaveId: true } }),
  );
  if (settled) return settled;
  if (input.campaignId) {
    const campaign = await db().campaign.findFirst({ where: { id: input.campaignId, portfolioId }, select: { id: true } });
    if (!campaign) throw notFound();
  }
  const alts = await checkMediaAlts(db(), userId, input.mediaAlts, { ids: input.mediaIds, field: "mediaIds" });
  const nextPosition = input.id ? 0 : ((await db().contentSample.aggregate({ where: { portfolioId }, _max: { position: true } }))._max.position ?? -1) + 1;

  const result = await versionedSave({
    stored: input.id ? stored : null,
    input,
    claim: async (tx, where, bump) =>
      (await tx.contentSample.updateMany({ where: { id: input.id, portfolioId, ...where }, data: { ...sampleData(input, input.campaignId), ...bump } })).count,
    create: (tx, first) =>
      tx.contentSample.create({ data: { ...sampleData(input, input.campaignId), portfolioId, position: nextPosition, ...first }, select: { id: true } }),
    write: async (tx, sampleId) => {
      const staleKeys = await syncMedia(tx, userId, sampleId, input.mediaIds);
      await writeMediaAlts(tx, userId, alts);
      return staleKeys;
    },
    reread: find,
  });
  return afterItemSave(userId, result, (replaced) => replaced);
}

/** Deletes a sample and its images (rows and files). */
export async function deleteSample(userId: string, id: string): Promise<void> {
  await deleteOwned(userId, "contentSample", id, { contentSampleId: id });
}

/** Copies a sample's text and numbers right after the original; images belong to one sample, so they are not copied. */
export async function duplicateSample(userId: string, id: string, copySuffix: string): Promise<{ id: string }> {
  return duplicateOwned(
    userId,
    "contentSample",
    copySuffix,
    (tx) => tx.contentSample.findFirst({ where: { id, portfolio: { userId } } }),
    (tx, original, copy) => {
      const { id: originalId, createdAt, updatedAt, ...fields } = original;
      void [originalId, createdAt, updatedAt];
      return tx.contentSample.create({ data: { ...fields, ...copy }, select: { id: true } });
    },
  );
}

export async function reorderSamples(userId: string, ids: string[]): Promise<void> {
  await reorderOwned(userId, "contentSample", ids);
}

/** Shows or hides a sample on the public page. */
export async function setSampleHidden(userId: string, { id, hidden }: SetHidden): Promise<void> {
  await setHiddenOwned(userId, "contentSample", id, hidden);
}
