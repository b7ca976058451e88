import { describe, expect, it } from "vitest";
import { featuredStrip } from "@/lib/public/featured";
import { resultFigure } from "@/tests/support/public-row";
import type { PublicCampaign, PublicCaseStudy, PublicImage, PublicMetric, PublicResult, PublicSample } from "@/lib/public/types";

// The featured strip's rule: the owner's visible picks in their order, else
// the best figure of each item and each sample's first image.

const img = (id: string): PublicImage => ({ id, url: `/m/${id}`, thumbUrl: `/m/${id}/t`, width: 400, height: 400, alt: id });

function result(id: string, kind: PublicResult["kind"], value: number, baseline: number | null = null): PublicResult {
  return {
    ...resultFigure(id, kind, value, baseline),
    growth: baseline ? (value - baseline) / baseline : null,
    periodStart: null,
    periodEnd: null,
    source: "SELF_REPORTED",
  };
}
const metric = (r: PublicResult): PublicMetric => ({ ...r, evidence: null, importedFrom: null, series: [] });

function campaign(id: string, metrics: PublicResult[]): PublicCampaign {
  return { id, title: `Campaign ${id}`, metrics: metrics.map(metric), currency: "EUR" } as unknown as PublicCampaign;
}
function study(id: string, keyResults: PublicResult[]): PublicCaseStudy {
  return { id, slug: `study-${id}`, title: `Study ${id}`, keyResults, currency: "USD" } as unknown as PublicCaseStudy;
}
function sample(id: string, media: PublicImage[]): PublicSample {
  return { id, title: `Sample ${id}`, platform: "INSTAGRAM", media } as unknown as PublicSample;
}

const view = {
  campaigns: [
    campaign("c1", [
      result("spend", "AD_SPEND", 900, 100),
      result("reach", "REACH", 5000),
      result("f1", "FOLLOWERS", 200, 100),
      result("e1", "ENGAGEMENTS", 300, 100),
    ]),
    campaign("c2", [result("f2", "FOLLOWERS", 150, 100)]),
  ],
  caseStudies: [study("s1", [result("k1", "CLICKS", 40)])],
  samples: [sample("a", [img("a1"), img("a2"), img("a3")]), sample("b", []), sample("c", [img("c1")]), sample("d", [img("d1"), img("d2")])],
};

describe("featuredStrip", () => {
  it("defaults to each sample's first image, then further ones, and the best figure of each item (never spend)", () => {
    const strip = featuredStrip(view, { mediaIds: [], resultIds: [] });
    expect(strip.picked).toBe(false);
    expect(strip.images.map((i) => i.image.id)).toEqual(["a1", "c1", "d1", "a2"]);
    // e1 (+200 %) is c1's best; c2's best is f2 (+50 %); the case study's only result has no growth.
    expect(strip.figures.map((f) => f.result.id)).toEqual(["e1", "f2", "k1"]);
    expect(strip.figures[0]!.from).toEqual({ kind: "campaign", id: "c1", title: "Campaign c1" });
    expect(strip.figures[2]!.from).toMatchObject({ kind: "caseStudy", slug: "study-s1" });
    expect(strip.figures[2]!.currency).toBe("USD");
    expect(strip.figures[0]!.result).not.toHaveProperty("series");
  });

  it("shows the owner's picks in their order, at most 4 images and 3 figures", () => {
    const strip = featuredStrip(view, { mediaIds: ["d2", "a3", "c1", "a1", "a2"], resultIds: ["k1", "reach", "f1", "e1"] });
    expect(strip.picked).toBe(true);
    expect(strip.images.map((i) => i.image.id)).toEqual(["d2", "a3", "c1", "a1"]);
    expect(strip.images[0]).toMatchObject({ sampleId: "d", sampleTitle: "Sample d", index: 1 });
    expect(strip.figures.map((f) => f.result.id)).toEqual(["k1", "reach", "f1"]);
  });

  it("skips picks a visitor cannot see (hidden, deleted, spend, another portfolio's) and falls back per kind", () => {
    const strip = featuredStrip(view, { mediaIds: ["gone", "x9"], resultIds: ["spend", "f2", "someone-elses"] });
    expect(strip.images.map((i) => i.image.id)).toEqual(["a1", "c1", "d1", "a2"]);
    expect(strip.figures.map((f) => f.result.id)).toEqual(["f2"]);
    // A share link showing only samples: no figures at all, and nothing breaks.
    const samplesOnly = featuredStrip({ ...view, campaigns: [], caseStudies: [] }, { mediaIds: [], resultIds: ["e1"] });
    expect(samplesOnly.figures).toEqual([]);
    expect(samplesOnly.images).toHaveLength(4);
  });

  it("never shows the same number twice (a case study restating its campaign) and prefers different kinds", () => {
    const strip = featuredStrip(
      {
        campaigns: [
          campaign("c1", [result("e1", "ENGAGEMENTS", 4100, 1200), result("f1", "FOLLOWERS", 2310, 1450)]),
          campaign("c2", [result("e2", "ENGAGEMENTS", 9800, 3900)]),
        ],
        caseStudies: [study("s1", [result("k-e", "ENGAGEMENTS", 4100, 1200), result("k-a", "CUSTOM", 31, 18)])],
        samples: [],
      },
      { mediaIds: [], resultIds: [] },
    );
    // e1 (+242 %) leads; the case study's copy of it is dropped; c2's engagements (+151 %) would repeat the kind,
    // so the case study's adoptions (+72 %) come first, then c2's best.
    expect(strip.figures.map((f) => f.result.id)).toEqual(["e1", "k-a", "e2"]);
  });
});
