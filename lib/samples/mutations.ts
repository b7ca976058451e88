import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors";
import { collectMediaForCascade, removeStoredFiles, saveMediaAlts } from "@/lib/media/mutations";
import { revalidatePortfolio } from "@/lib/portfolio/mutations";
import { fromOptionalIsoDate } from "@/lib/campaigns/dates";
import { ownPortfolioId } from "@/lib/campaigns/mutations";
import { reorderOwned, setHiddenOwned } from "@/lib/portfolio/ordering";
import type { SetHidden } from "@/lib/documents/schema";
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
  return removed.flatMap((row) => (row.thumbKey ? [row.displayKey, row.thumbKey] : [row.displayKey]));
}

/**
 * Creates or updates a content sample with its images in one transaction. A
 * campaign link or image that is not the owner's changes nothing (NOT_FOUND /
 * VALIDATION); images removed from the sample are deleted with their files.
 */
export async function saveSample(userId: string, input: UpsertSample): Promise<{ id: string }> {
  const portfolioId = await ownPortfolioId(userId);
  const { id, staleKeys } = await db().$transaction(async (tx) => {
    if (input.campaignId) {
      const campaign = await tx.campaign.findFirst({ where: { id: input.campaignId, portfolio: { userId } }, select: { id: true } });
      if (!campaign) throw notFound();
    }
    let sampleId: string;
    if (input.id) {
      const { count } = await tx.contentSample.updateMany({
        where: { id: input.id, portfolio: { userId } },
        data: sampleData(input, input.campaignId),
      });
      if (count === 0) throw notFound();
      sampleId = input.id;
    } else {
      const last = await tx.contentSample.aggregate({ where: { portfolioId }, _max: { position: true } });
      const created = await tx.contentSample.create({
        data: { ...sampleData(input, input.campaignId), portfolioId, position: (last._max.position ?? -1) + 1 },
        select: { id: true },
      });
      sampleId = created.id;
    }
    const staleKeys = await syncMedia(tx, userId, sampleId, input.mediaIds);
    await saveMediaAlts(tx, userId, input.mediaAlts, { ids: input.mediaIds, field: "mediaIds" });
    return { id: sampleId, staleKeys };
  });
  await removeStoredFiles(staleKeys);
  revalidatePortfolio(userId);
  return { id };
}

/** Deletes a sample and its images (rows and files). */
export async function deleteSample(userId: string, id: string): Promise<void> {
  const media = await collectMediaForCascade(userId, { contentSampleId: id });
  await db().$transaction(async (tx) => {
    const { count } = await tx.contentSample.deleteMany({ where: { id, portfolio: { userId } } });
    if (count === 0) throw notFound();
    await tx.media.deleteMany({ where: { id: { in: media.mediaIds }, userId } });
  });
  await removeStoredFiles(media.keys);
  revalidatePortfolio(userId);
}

/** Copies a sample's text and numbers right after the original; images belong to one sample, so they are not copied. */
export async function duplicateSample(userId: string, id: string, copySuffix: string): Promise<{ id: string }> {
  const copy = await db().$transaction(async (tx) => {
    const original = await tx.contentSample.findFirst({ where: { id, portfolio: { userId } } });
    if (!original) throw notFound();
    await tx.contentSample.updateMany({
      where: { portfolioId: original.portfolioId, position: { gt: original.position } },
      data: { position: { increment: 1 } },
    });
    const { id: originalId, createdAt, updatedAt, ...fields } = original;
    void [originalId, createdAt, updatedAt];
    return tx.contentSample.create({
      data: { ...fields, title: `${original.title} ${copySuffix}`.slice(0, 120), position: original.position + 1 },
      select: { id: true },
    });
  });
  revalidatePortfolio(userId);
  return copy;
}

export async function reorderSamples(userId: string, ids: string[]): Promise<void> {
  await reorderOwned(userId, "contentSample", ids);
}

export async function setSampleHidden(userId: string, { id, hidden }: SetHidden): Promise<void> {
  await setHiddenOwned(userId, "contentSample", id, hidden);
}
