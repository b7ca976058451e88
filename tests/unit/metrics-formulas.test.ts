import { describe, expect, it } from "vitest";
import {
  computeCampaignFigures,
  computePostFigures,
  figureKeys,
  growth,
  metricGrowth,
  type ComputedFigure,
  type FigureKey,
  type MetricKindName,
  type RawMetric,
} from "@/lib/metrics/formulas";

function figure(figures: ComputedFigure[], key: FigureKey): ComputedFigure | undefined {
  return figures.find((f) => f.key === key);
}

/** Metrics written as kind → value, in the order given: `{ CLICKS: 150, IMPRESSIONS: 10_000 }`. */
function reported(values: Partial<Record<MetricKindName, number>>): RawMetric[] {
  return Object.entries(values).map(([kind, value]) => ({ kind: kind as MetricKindName, value: value as number }));
}

function keys(figures: ComputedFigure[]): FigureKey[] {
  return figures.map((f) => f.key);
}

describe("growth", () => {
  it("is (value − baseline) ÷ baseline", () => {
    expect(growth(5000, 3000)).toBeCloseTo(2 / 3, 12);
    expect(growth(880, 1000)).toBeCloseTo(-0.12, 12);
    expect(growth(1000, 1000)).toBe(0);
    expect(growth(0, 1000)).toBe(-1);
  });

  it("is absent without a usable baseline or value", () => {
    expect(growth(100, 0)).toBeNull();
    expect(growth(100, -50)).toBeNull();
    expect(growth(100, null)).toBeNull();
    expect(growth(100, undefined)).toBeNull();
    expect(growth(null, 100)).toBeNull();
    expect(growth(undefined, 100)).toBeNull();
    expect(growth(-5, 100)).toBeNull();
    expect(growth(Number.NaN, 100)).toBeNull();
    expect(growth(100, Number.NaN)).toBeNull();
    expect(growth(Number.POSITIVE_INFINITY, 100)).toBeNull();
    expect(growth(100, Number.POSITIVE_INFINITY)).toBeNull();
  });

  it("handles huge numbers without overflowing", () => {
    expect(growth(2e15, 1e15)).toBe(1);
    expect(growth(1.5e308, 1e308)).toBeCloseTo(0.5, 12);
    expect(growth(Number.MAX_VALUE, 1)).toBeCloseTo(Number.MAX_VALUE, -300);
    // A finite ratio that does not fit is absent, not Infinity.
    expect(growth(1e308, 1e-10)).toBeNull();
  });

  it("metricGrowth carries the numbers used", () => {
    expect(metricGrowth({ kind: "FOLLOWERS", value: 5000, baseline: 3000 })).toEqual({
      kind: "FOLLOWERS",
      value: (5000 - 3000) / 3000,
      formula: "growth",
      inputs: { before: 3000, after: 5000 },
    });
    expect(metricGrowth({ kind: "FOLLOWERS", value: 5000 })).toBeNull();
    expect(metricGrowth({ kind: "FOLLOWERS", value: 5000, baseline: 0 })).toBeNull();
  });
});

describe("engagement rate", () => {
  it("divides explicit engagements by reach", () => {
    const figures = computeCampaignFigures(reported({ ENGAGEMENTS: 4200, REACH: 100_000, FOLLOWERS: 20_000 }));
    expect(figure(figures, "engagementRate")).toEqual({
      key: "engagementRate",
      value: 0.042,
      unit: "ratio",
      formula: "engagementRateByReach",
      basis: "reach",
      engagementsSource: "reported",
      inputs: { engagements: 4200, reach: 100_000 },
    });
  });

  it("falls back to followers when reach is missing and says so", () => {
    const er = figure(computeCampaignFigures(reported({ ENGAGEMENTS: 500, FOLLOWERS: 10_000 })), "engagementRate");
    expect(er?.value).toBe(0.05);
    expect(er?.basis).toBe("followers");
    expect(er?.formula).toBe("engagementRateByFollowers");
    expect(er?.inputs).toEqual({ engagements: 500, followers: 10_000 });
  });

  it("falls back to followers when reach is zero or unusable", () => {
    for (const reach of [0, Number.NaN, -10, Number.POSITIVE_INFINITY]) {
      const er = figure(computeCampaignFigures(reported({ ENGAGEMENTS: 500, REACH: reach, FOLLOWERS: 1000 })), "engagementRate");
      expect(er?.basis).toBe("followers");
      expect(er?.value).toBe(0.5);
    }
  });

  it("prefers explicit engagements over the sum of interactions", () => {
    const er = figure(computeCampaignFigures(reported({ LIKES: 900, COMMENTS: 50, ENGAGEMENTS: 2000, REACH: 10_000 })), "engagementRate");
    expect(er?.value).toBe(0.2);
    expect(er?.engagementsSource).toBe("reported");
    expect(er?.inputs).toEqual({ engagements: 2000, reach: 10_000 });
  });

  it("sums likes, comments, shares and saves when engagements are not given", () => {
    const er = figure(computeCampaignFigures(reported({ LIKES: 800, COMMENTS: 120, SHARES: 50, SAVES: 30, REACH: 10_000 })), "engagementRate");
    expect(er?.value).toBe(0.1);
    expect(er?.engagementsSource).toBe("summed");
    expect(er?.inputs).toEqual({ likes: 800, comments: 120, shares: 50, saves: 30, engagements: 1000, reach: 10_000 });
  });

  it("sums whichever interactions are present, even one", () => {
    const er = figure(computeCampaignFigures(reported({ SAVES: 25, REACH: 1000 })), "engagementRate");
    expect(er?.value).toBe(0.025);
    expect(er?.inputs).toEqual({ saves: 25, engagements: 25, reach: 1000 });
  });

  it("is absent without engagements or interactions, or without reach and followers", () => {
    expect(figure(computeCampaignFigures(reported({ REACH: 1000, VIDEO_VIEWS: 300 })), "engagementRate")).toBeUndefined();
    expect(figure(computeCampaignFigures(reported({ ENGAGEMENTS: 100 })), "engagementRate")).toBeUndefined();
    expect(figure(computeCampaignFigures(reported({ ENGAGEMENTS: 100, REACH: 0, FOLLOWERS: 0 })), "engagementRate")).toBeUndefined();
  });

  it("is 0% (present) when nobody engaged", () => {
    expect(figure(computeCampaignFigures(reported({ ENGAGEMENTS: 0, REACH: 1000 })), "engagementRate")?.value).toBe(0);
  });

  it("ignores NaN, infinite and negative interactions", () => {
    const er = figure(
      computeCampaignFigures(reported({ LIKES: Number.NaN, COMMENTS: Number.POSITIVE_INFINITY, SHARES: -4, SAVES: 10, REACH: 100 })),
      "engagementRate",
    );
    expect(er?.value).toBe(0.1);
    expect(er?.inputs).toEqual({ saves: 10, engagements: 10, reach: 100 });
    expect(computeCampaignFigures(reported({ ENGAGEMENTS: Number.NaN, REACH: 100 }))).toEqual([]);
  });

  it("computes with huge numbers", () => {
    expect(figure(computeCampaignFigures(reported({ ENGAGEMENTS: 3e15, REACH: 1e16 })), "engagementRate")?.value).toBe(0.3);
    expect(figure(computeCampaignFigures(reported({ ENGAGEMENTS: 9e307, REACH: 1e308 })), "engagementRate")?.value).toBeCloseTo(0.9, 12);
    // The interactions' sum overflows; the rate does not.
    const er = figure(computeCampaignFigures(reported({ LIKES: 9e307, COMMENTS: 9e307, REACH: 1.5e308 })), "engagementRate");
    expect(er?.value).toBeCloseTo(1.2, 12);
    expect(er?.inputs.engagements).toBeUndefined();
    expect(Object.values(er?.inputs ?? {}).every(Number.isFinite)).toBe(true);
  });

  it("is absent when the rate itself is not finite", () => {
    expect(computeCampaignFigures(reported({ ENGAGEMENTS: 1e308, REACH: 1e-10 }))).toEqual([]);
  });
});

describe("CTR and conversion rate", () => {
  it("CTR = clicks ÷ impressions", () => {
    const ctr = figure(computeCampaignFigures(reported({ CLICKS: 150, IMPRESSIONS: 10_000 })), "ctr");
    expect(ctr).toEqual({ key: "ctr", value: 0.015, unit: "ratio", formula: "ctr", inputs: { clicks: 150, impressions: 10_000 } });
  });

  it("conversion rate = conversions ÷ clicks", () => {
    const cr = figure(computeCampaignFigures(reported({ CONVERSIONS: 12, CLICKS: 400 })), "conversionRate");
    expect(cr).toEqual({ key: "conversionRate", value: 0.03, unit: "ratio", formula: "conversionRate", inputs: { conversions: 12, clicks: 400 } });
  });

  it("is absent on zero or missing divisors", () => {
    expect(computeCampaignFigures(reported({ CLICKS: 10, IMPRESSIONS: 0 }))).toEqual([]);
    expect(computeCampaignFigures(reported({ CLICKS: 10 }))).toEqual([]);
    expect(computeCampaignFigures(reported({ IMPRESSIONS: 1000 }))).toEqual([]);
    expect(computeCampaignFigures(reported({ CONVERSIONS: 3, CLICKS: 0 }))).toEqual([]);
  });

  it("computes with huge numbers", () => {
    expect(figure(computeCampaignFigures(reported({ CLICKS: 1e15, IMPRESSIONS: 4e15 })), "ctr")?.value).toBe(0.25);
    expect(figure(computeCampaignFigures(reported({ CLICKS: 9e307, IMPRESSIONS: 1.6e308 })), "ctr")?.value).toBeCloseTo(0.5625, 12);
  });
});

describe("cost per click, cost per lead, ROI", () => {
  it("uses ad spend", () => {
    const figures = computeCampaignFigures(reported({ AD_SPEND: 500, CLICKS: 1250, LEADS: 40, REVENUE: 2000 }));
    expect(figure(figures, "costPerClick")).toEqual({
      key: "costPerClick",
      value: 0.4,
      unit: "money",
      formula: "costPerClick",
      spendSource: "adSpend",
      inputs: { spend: 500, clicks: 1250 },
    });
    expect(figure(figures, "costPerLead")?.value).toBe(12.5);
    expect(figure(figures, "costPerLead")?.inputs).toEqual({ spend: 500, leads: 40 });
    expect(figure(figures, "roi")).toEqual({
      key: "roi",
      value: 3,
      unit: "ratio",
      formula: "roi",
      spendSource: "adSpend",
      inputs: { revenue: 2000, spend: 500 },
    });
  });

  it("ROI can be negative", () => {
    expect(figure(computeCampaignFigures(reported({ AD_SPEND: 1000, REVENUE: 250 })), "roi")?.value).toBe(-0.75);
    expect(figure(computeCampaignFigures(reported({ AD_SPEND: 1000, REVENUE: 0 })), "roi")?.value).toBe(-1);
  });

  it("falls back to the campaign budget when no ad spend is given", () => {
    const figures = computeCampaignFigures(reported({ CLICKS: 200, REVENUE: 900 }), { budget: 300 });
    expect(figure(figures, "costPerClick")).toMatchObject({ value: 1.5, spendSource: "budget", inputs: { spend: 300, clicks: 200 } });
    expect(figure(figures, "roi")).toMatchObject({ value: 2, spendSource: "budget", inputs: { revenue: 900, spend: 300 } });
  });

  it("prefers ad spend over the budget", () => {
    const cpc = figure(computeCampaignFigures(reported({ AD_SPEND: 100, CLICKS: 50 }), { budget: 1000 }), "costPerClick");
    expect(cpc).toMatchObject({ value: 2, spendSource: "adSpend" });
  });

  it("treats zero ad spend as unpaid: no cost figures, no ROI, and no budget fallback", () => {
    expect(computeCampaignFigures(reported({ AD_SPEND: 0, CLICKS: 50, REVENUE: 100 }), { budget: 500 })).toEqual([]);
  });

  it("is absent without spend, with a zero/negative/NaN budget, or with zero clicks or leads", () => {
    const metrics: RawMetric[] = [
      { kind: "CLICKS", value: 50 },
      { kind: "LEADS", value: 5 },
      { kind: "REVENUE", value: 100 },
    ];
    expect(keys(computeCampaignFigures(metrics))).toEqual([]);
    for (const budget of [null, undefined, 0, -100, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(keys(computeCampaignFigures(metrics, { budget }))).toEqual([]);
    }
    expect(keys(computeCampaignFigures(reported({ AD_SPEND: 100, CLICKS: 0, LEADS: 0 })))).toEqual([]);
  });

  it("ignores an unusable ad spend entry and uses the budget", () => {
    const figures = computeCampaignFigures(reported({ AD_SPEND: Number.NaN, CLICKS: 10 }), { budget: 50 });
    expect(figure(figures, "costPerClick")).toMatchObject({ value: 5, spendSource: "budget" });
  });

  it("computes ROI with huge numbers", () => {
    expect(figure(computeCampaignFigures(reported({ AD_SPEND: 1e15, REVENUE: 3e15 })), "roi")?.value).toBe(2);
    expect(figure(computeCampaignFigures(reported({ AD_SPEND: 9e307, REVENUE: 1.7e308 })), "roi")?.value).toBeCloseTo(80 / 90, 12);
    expect(figure(computeCampaignFigures(reported({ AD_SPEND: 1e-300, REVENUE: 1e300 })), "roi")).toBeUndefined();
  });
});

describe("computeCampaignFigures", () => {
  const everything: RawMetric[] = [
    { kind: "REVENUE", value: 5000 },
    { kind: "LEADS", value: 20 },
    { kind: "AD_SPEND", value: 1000 },
    { kind: "CONVERSIONS", value: 30 },
    { kind: "IMPRESSIONS", value: 100_000 },
    { kind: "CLICKS", value: 2000 },
    { kind: "REACH", value: 50_000 },
    { kind: "ENGAGEMENTS", value: 2500 },
  ];

  it("lists figures in a stable order whatever the metrics' order", () => {
    expect(keys(computeCampaignFigures(everything))).toEqual([...figureKeys]);
    expect(keys(computeCampaignFigures([...everything].reverse()))).toEqual([...figureKeys]);
  });

  it("uses the first entry when a kind appears twice", () => {
    const er = figure(
      computeCampaignFigures([
        { kind: "ENGAGEMENTS", value: 100 },
        { kind: "REACH", value: 1000 },
        { kind: "ENGAGEMENTS", value: 900 },
        { kind: "REACH", value: 3000 },
      ]),
      "engagementRate",
    );
    expect(er?.value).toBe(0.1);
  });

  it("skips an unusable first entry in favour of the next of the same kind", () => {
    const ctr = figure(
      computeCampaignFigures([
        { kind: "CLICKS", value: Number.NaN },
        { kind: "CLICKS", value: 30 },
        { kind: "IMPRESSIONS", value: 300 },
      ]),
      "ctr",
    );
    expect(ctr?.value).toBe(0.1);
  });

  it("never feeds CUSTOM metrics into formulas", () => {
    expect(computeCampaignFigures(reported({ CUSTOM: 100, REACH: 1000 }))).toEqual([]);
  });

  it("returns nothing for no metrics and never NaN, Infinity or negative zero", () => {
    expect(computeCampaignFigures([])).toEqual([]);
    const weird = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, 0, 1e-320, 1e308];
    for (const a of weird) {
      for (const b of weird) {
        const figures = computeCampaignFigures(reported({ ENGAGEMENTS: a, REACH: b, CLICKS: a, IMPRESSIONS: b, AD_SPEND: b, REVENUE: a }), { budget: a });
        for (const f of figures) {
          expect(Number.isFinite(f.value)).toBe(true);
          expect(Object.is(f.value, -0)).toBe(false);
          expect(Object.values(f.inputs).every((n) => Number.isFinite(n) && n >= 0)).toBe(true);
        }
      }
    }
  });
});

describe("computePostFigures", () => {
  it("computes engagement rate from interactions and CTR", () => {
    const figures = computePostFigures({ reach: 2000, impressions: 5000, likes: 150, comments: 30, shares: 15, saves: 5, views: 4000, clicks: 100 });
    expect(keys(figures)).toEqual(["engagementRate", "ctr"]);
    expect(figures[0]).toMatchObject({ value: 0.1, basis: "reach", engagementsSource: "summed" });
    expect(figures[1]).toMatchObject({ value: 0.02, inputs: { clicks: 100, impressions: 5000 } });
  });

  it("uses followers when reach is missing", () => {
    const [er] = computePostFigures({ likes: 40, followers: 1000, reach: null });
    expect(er).toMatchObject({ key: "engagementRate", value: 0.04, basis: "followers", formula: "engagementRateByFollowers" });
  });

  it("uses views when reach is missing, as TikTok, YouTube and Reels report it (engagements ÷ views)", () => {
    const [er] = computePostFigures({ views: 9000, likes: 630, comments: 45, shares: 90, saves: 135, reach: null });
    expect(er).toMatchObject({
      key: "engagementRate",
      value: 0.1,
      basis: "views",
      formula: "engagementRateByViews",
      engagementsSource: "summed",
      inputs: { likes: 630, comments: 45, shares: 90, saves: 135, engagements: 900, views: 9000 },
    });
    // Views come before followers: the platforms' own figure, not one against an audience that may never have seen it.
    expect(computePostFigures({ views: 5000, likes: 50, followers: 100 })[0]).toMatchObject({ basis: "views", value: 0.01, inputs: { views: 5000 } });
    // Reach still wins where a platform gives it.
    expect(computePostFigures({ reach: 2000, views: 5000, likes: 50 })[0]).toMatchObject({ basis: "reach", value: 0.025 });
    // Zero views cannot be divided by: followers step in, or nothing.
    expect(computePostFigures({ views: 0, likes: 50, followers: 1000 })[0]).toMatchObject({ basis: "followers" });
    expect(computePostFigures({ views: 0, likes: 50 })).toEqual([]);
  });

  it("keeps campaigns on reach, else followers: campaign video views are not an audience", () => {
    const figures = computeCampaignFigures(reported({ VIDEO_VIEWS: 9000, LIKES: 90 }));
    expect(figures).toEqual([]);
  });

  it("is empty when nothing can be computed", () => {
    expect(computePostFigures({})).toEqual([]);
    expect(computePostFigures({ views: 9000 })).toEqual([]);
    expect(computePostFigures({ clicks: 5, impressions: 0, likes: 1, reach: 0 })).toEqual([]);
    expect(computePostFigures({ likes: Number.NaN, reach: 100 })).toEqual([]);
  });
});
