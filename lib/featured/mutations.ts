import "server-only";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { revalidatePublicPage } from "@/lib/portfolio/mutations";
import type { UpdateFeatured } from "./schema";

/**
 * Saves the featured strip's picks. Every id must be the owner's own: an image
 * of one of their samples, a metric of one of their campaigns or a key result
 * of one of their case studies (owner id in every where); anything else is
 * refused rather than stored. Empty lists bring back the defaults.
 */
export async function updateFeatured(userId: string, { mediaIds, resultIds }: UpdateFeatured) {
  const [images, metrics, keyResults] = await Promise.all([
    mediaIds.length
      ? db().media.findMany({ where: { id: { in: mediaIds }, userId, kind: "IMAGE", contentSample: { portfolio: { userId } } }, select: { id: true } })
      : [],
    resultIds.length ? db().metric.findMany({ where: { id: { in: resultIds }, campaign: { portfolio: { userId } } }, select: { id: true } }) : [],
    resultIds.length ? db().keyResult.findMany({ where: { id: { in: resultIds }, caseStudy: { portfolio: { userId } } }, select: { id: true } }) : [],
  ]);
  const fieldErrors: Record<string, string[]> = {};
  if (images.length !== mediaIds.length) fieldErrors.mediaIds = ["unknown"];
  if (metrics.length + keyResults.length !== resultIds.length) fieldErrors.resultIds = ["unknown"];
  if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", { fieldErrors });

  const { count } = await db().portfolio.updateMany({ where: { userId }, data: { featuredMediaIds: mediaIds, featuredResultIds: resultIds } });
  if (count === 0) throw notFound();
  revalidatePublicPage(userId);
  return { mediaIds, resultIds };
}
