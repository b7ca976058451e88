import type { FeaturedFigure, FeaturedImage, PublicCampaign, PublicCaseStudy, PublicFeatured, PublicResult, PublicSample } from "./types";

// The featured strip under the public header (DESIGN.md principle 5: the work
// is the proof): up to 4 sample images and 3 headline figures. Pure, so the
// rule is unit-tested. It reads the visitor's view, not the database: a pick
// whose item is hidden, in a hidden section or left out of a share link is
// simply not there, and no pick can bring a confidential name back.

export const FEATURED_IMAGES = 4;
export const FEATURED_FIGURES = 3;

/** Spend is a cost, not a result (as in a campaign's headline). */
const notAFigure = new Set(["AD_SPEND"]);

type ViewParts = { campaigns: PublicCampaign[]; caseStudies: PublicCaseStudy[]; samples: PublicSample[] };
export type FeaturedPicks = { mediaIds: readonly string[]; resultIds: readonly string[] };

/** Every sample image a visitor can see, in page order (sample by sample, the sample's own order). */
export function featurableImages(samples: readonly PublicSample[]): FeaturedImage[] {
  return samples.flatMap((sample) =>
    sample.media.map((image, index) => ({ image, index, sampleId: sample.id, sampleTitle: sample.title, platform: sample.platform })),
  );
}

/** Every result a visitor can see (campaign metrics, then case-study key results), spend left out. */
export function featurableFigures({ campaigns, caseStudies }: Pick<ViewParts, "campaigns" | "caseStudies">): FeaturedFigure[] {
  const fromCampaigns = campaigns.flatMap((campaign) =>
    campaign.metrics.map((metric): FeaturedFigure => {
      const result: PublicResult = {
        id: metric.id,
        kind: metric.kind,
        customName: metric.customName,
        value: metric.value,
        baseline: metric.baseline,
        growth: metric.growth,
        periodStart: metric.periodStart,
        periodEnd: metric.periodEnd,
        source: metric.source,
      };
      return { result, currency: campaign.currency, from: { kind: "campaign", id: campaign.id, title: campaign.title } };
    }),
  );
  const fromStudies = caseStudies.flatMap((study) =>
    study.keyResults.map((result): FeaturedFigure => ({ result, currency: study.currency, from: { kind: "caseStudy", id: study.id, title: study.title, slug: study.slug } })),
  );
  return [...fromCampaigns, ...fromStudies].filter((figure) => !notAFigure.has(figure.result.kind));
}

/** Picked ids in the owner's order, as far as they are still visible. */
function picked<T>(ids: readonly string[], candidates: readonly T[], idOf: (item: T) => string): T[] {
  return ids.flatMap((id) => candidates.filter((item) => idOf(item) === id).slice(0, 1));
}

const growthOf = (result: PublicResult) => result.growth ?? Number.NEGATIVE_INFINITY;

/**
 * The default figures: the best result of each item first (largest growth;
 * results without a baseline after those with one), preferring different
 * kinds of number, never the same number twice, then the next best overall,
 * so three campaigns show one number each rather than one campaign three.
 */
export function defaultFigures(candidates: readonly FeaturedFigure[], count = FEATURED_FIGURES): FeaturedFigure[] {
  const ranked = candidates
    .map((figure, order) => ({ figure, order }))
    .sort((a, b) => growthOf(b.figure.result) - growthOf(a.figure.result) || a.order - b.order)
    .map(({ figure }) => figure);
  // A case study often restates its campaign's numbers: the same figure twice says nothing new.
  const sameNumber = (a: FeaturedFigure, b: FeaturedFigure) => a.result.kind === b.result.kind && a.result.value === b.result.value && a.result.customName === b.result.customName;
  const distinct = ranked.filter((figure, index) => ranked.findIndex((other) => sameNumber(other, figure)) === index);
  const picks: FeaturedFigure[] = [];
  const take = (accept: (figure: FeaturedFigure) => boolean) => {
    for (const figure of distinct) if (picks.length < count && !picks.includes(figure) && accept(figure)) picks.push(figure);
  };
  // The best of each item, each a different kind of number; then the best of each item; then the rest.
  take((figure) => !picks.some((p) => p.from.id === figure.from.id || p.result.kind === figure.result.kind));
  take((figure) => !picks.some((p) => p.from.id === figure.from.id));
  take(() => true);
  return picks;
}

/** The default images: each sample's first image, in page order, then their further images. */
export function defaultImages(candidates: readonly FeaturedImage[], count = FEATURED_IMAGES): FeaturedImage[] {
  const firsts = candidates.filter((image) => image.index === 0);
  const rest = candidates.filter((image) => image.index > 0);
  return [...firsts, ...rest].slice(0, count);
}

/**
 * What the strip shows: the owner's picks that a visitor can still see, or,
 * for images and figures separately, the defaults when nothing visible was picked.
 */
export function featuredStrip(view: ViewParts, picks: FeaturedPicks): PublicFeatured {
  const imageCandidates = featurableImages(view.samples);
  const figureCandidates = featurableFigures(view);
  const images = picked(picks.mediaIds, imageCandidates, (item) => item.image.id).slice(0, FEATURED_IMAGES);
  const figures = picked(picks.resultIds, figureCandidates, (item) => item.result.id).slice(0, FEATURED_FIGURES);
  return {
    images: images.length ? images : defaultImages(imageCandidates),
    figures: figures.length ? figures : defaultFigures(figureCandidates),
    picked: images.length > 0 || figures.length > 0,
  };
}
