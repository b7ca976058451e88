import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { featurableFigures, featurableImages } from "@/lib/public/featured";
import { getPreviewPortfolio } from "@/lib/public/data";
import type { FeaturedChoices } from "./types";

/**
 * The picker's choices: every sample image and result a visitor would see (the
 * owner's preview view, so hidden items and sections are not offered), the
 * saved picks and what the strip shows now. Owner id in both reads.
 */
export async function getFeaturedChoices(userId: string): Promise<FeaturedChoices> {
  const [view, row] = await Promise.all([
    getPreviewPortfolio(userId),
    db().portfolio.findFirst({ where: { userId }, select: { featuredMediaIds: true, featuredResultIds: true } }),
  ]);
  if (!view || !row) throw notFound();
  const images = featurableImages(view.samples);
  const figures = featurableFigures(view);
  const imageIds = new Set(images.map((item) => item.image.id));
  const resultIds = new Set(figures.map((item) => item.result.id));
  return {
    images,
    figures,
    picked: {
      mediaIds: row.featuredMediaIds.filter((id) => imageIds.has(id)),
      resultIds: row.featuredResultIds.filter((id) => resultIds.has(id)),
    },
    shown: {
      mediaIds: view.featured.images.map((item) => item.image.id),
      resultIds: view.featured.figures.map((item) => item.result.id),
    },
  };
}
