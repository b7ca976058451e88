import { describe, expect, it } from "vitest";
import {
  computeCampaignFigures,
  computePostFigures,
  figureKeys,
  growth,
  metricGrowth,
  type ComputedFigure,
  type FigureKey,
  type RawMetric,
} from "@/lib/metrics/formulas";

function figure(figures: ComputedFigure[], key: FigureKey): ComputedFigure | undefined {
  return figures.find((f) => f.key === key);
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
    const figures = computeCampaignFigures([
      { kind: "ENGAGEMENTS", value: 4200 },
      { kind: "REACH", value: 100_000 },
      { kind: "FOLLOWERS", value: 20_000 },
    ]);
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
    const er = figure(
      computeCampaignFigures([
        { kind: "ENGAGEMENTS", value: 500 },
        { kind: "FOLLOWERS", value: 10_000 },
      ]),
      "engagementRate",
    );
    expect(er?.value).toBe(0.05);
    expect(er?.basis).toBe("followers");
    expect(er?.formula).toBe("engagementRateByFollowers");
    expect(er?.inputs).toEqual({ engagements: 500, followers: 10_000 });
  });

  it("falls back to followers when reach is zero or unusable", () => {
    for (const reach of [0, Number.NaN, -10, Number.POSITIVE_INFINITY]) {
      const er = figure(
        computeCampaignFigures([
          { kind: "ENGAGEMENTS", value: 500 },
          { kind: "REACH", value: reach },
          { kind: "FOLLOWERS", value: 1000 },
        ]),
        "engagementRate",
      );
      expect(er?.basis).toBe("followers");
      expect(er?.value).toBe(0.5);
    }
  });

  it("prefers explicit engagements over the sum of interactions", () => {
    const er = figure(
      computeCampaignFigures([
        { kind: "LIKES", value: 900 },
        { kind: "COMMENTS", value: 50 },
        { kind: "ENGAGEMENTS", value: 2000 },
        { kind: "REACH", value: 10_000 },
      ]),
      "engagementRate",
    );
    expect(er?.value).toBe(0.2);
    expect(er?.engagementsSource).toBe("reported");
    expect(er?.inputs).toEqual({ engagements: 2000, reach: 10_000 });
  });

  it("sums likes, comments, shares and saves when engagements are not given", () => {
    const er = figure(
      computeCampaignFigures([
        { kind: "LIKES", value: 800 },
        { kind: "COMMENTS", value: 120 },
        { kind: "SHARES", value: 50 },
        { kind: "SAVES", value: 30 },
        { kind: "REACH", value: 10_000 },
      ]),
      "engagementRate",
    );
    expect(er?.value).toBe(0.1);
    expect(er?.engagementsSource).toBe("summed");
    expect(er?.inputs).toEqual({ likes: 800, comments: 120, shares: 50, saves: 30, engagements: 1000, reach: 10_000 });
  });

  it("sums whichever interactions are present, even one", () => {
    const er = figure(
      computeCampaignFigures([
        { kind: "SAVES", value: 25 },
        { kind: "REACH", value: 1000 },
      ]),
      "engagementRate",
    );
    expect(er?.value).toBe(0.025);
    expect(er?.inputs).toEqual({ saves: 25, engagements: 25, reach: 1000 });
  });

  it("is absent without engagements or interactions, or without reach and followers", () => {
    expect(
      figure(
        computeCampaignFigures([
          { kind: "REACH", value: 1000 },
          { kind: "VIDEO_VIEWS", value: 300 },
        ]),
        "engagementRate",
      ),
    ).toBeUndefined();
    expect(figure(computeCampaignFigures([{ kind: "ENGAGEMENTS", value: 100 }]), "engagementRate")).toBeUndefined();
    expect(
      figure(
        computeCampaignFigures([
          { kind: "ENGAGEMENTS", value: 100 },
          { kind: "REACH", value: 0 },
          { kind: "FOLLOWERS", value: 0 },
        ]),
        "engagementRate",
      ),
    ).toBeUndefined();
  });

  it("is 0% (present) when nobody engaged", () => {
    expect(
      figure(
        computeCampaignFigures([
          { kind: "ENGAGEMENTS", value: 0 },
          { kind: "REACH", value: 1000 },
        ]),
        "engagementRate",
      )?.value,
    ).toBe(0);
  });

  it("ignores NaN, infinite and negative interactions", () => {
    const er = figure(
      computeCampaignFigures([
        { kind: "LIKES", value: Number.NaN },
        { kind: "COMMENTS", value: Number.POSITIVE_INFINITY },
        { kind: "SHARES", value: -4 },
        { kind: "SAVES", value: 10 },
        { kind: "REACH", value: 100 },
      ]),
      "engagementRate",
    );
    expect(er?.value).toBe(0.1);
    expect(er?.inputs).toEqual({ saves: 10, engagements: 10, reach: 100 });
    expect(
      computeCampaignFigures([
        { kind: "ENGAGEMENTS", value: Number.NaN },
        { kind: "REACH", value: 100 },
      ]),
    ).toEqual([]);
  });

  it("computes with huge numbers", () => {
    expect(
      figure(
        computeCampaignFigures([
          { kind: "ENGAGEMENTS", value: 3e15 },
          { kind: "REACH", value: 1e16 },
        ]),
        "engagementRate",
      )?.value,
    ).toBe(0.3);
    expect(
      figure(
        computeCampaignFigures([
          { kind: "ENGAGEMENTS", value: 9e307 },
          { kind: "REACH", value: 1e308 },
        ]),
        "engagementRate",
      )?.value,
    ).toBeCloseTo(0.9, 12);
    // The interactions' sum overflows; the rate does not.
    const er = figure(
      computeCampaignFigures([
        { kind: "LIKES", value: 9e307 },
        { kind: "COMMENTS", value: 9e307 },
        { kind: "REACH", value: 1.5e308 },
      ]),
      "engagementRate",
    );
    expect(er?.value).toBeCloseTo(1.2, 12);
    expect(er?.inputs.engagements).toBeUndefined();
    expect(Object.values(er?.inputs ?? {}).every(Number.isFinite)).toBe(true);
  });

  it("is absent when the rate itself is not finite", () => {
    expect(
      computeCampaignFigures([
        { kind: "ENGAGEMENTS", value: 1e308 },
        { kind: "REACH", value: 1e-10 },
      ]),
    ).toEqual([]);
  });
});

describe("CTR and conversion rate", () => {
  it("CTR = clicks ÷ impressions", () => {
    const ctr = figure(
      computeCampaignFigures([
        { kind: "CLICKS", value: 150 },
        { kind: "IMPRESSIONS", value: 10_000 },
      ]),
      "ctr",
    );
    expect(ctr).toEqual({ key: "ctr", value: 0.015, unit: "ratio", formula: "ctr", inputs: { clicks: 150, impressions: 10_000 } });
  });

  it("conversion rate = conversions ÷ clicks", () => {
    const cr = figure(
      computeCampaignFigures([
        { kind: "CONVERSIONS", value: 12 },
        { kind: "CLICKS", value: 400 },
      ]),
      "conversionRate",
    );
    expect(cr).toEqual({ key: "conversionRate", value: 0.03, unit: "ratio", formula: "conversionRate", inputs: { conversions: 12, clicks: 400 } });
  });

  it("is absent on zero or missing divisors", () => {
    expect(
      computeCampaignFigures([
        { kind: "CLICKS", value: 10 },
        { kind: "IMPRESSIONS", value: 0 },
      ]),
    ).toEqual([]);
    expect(computeCampaignFigures([{ kind: "CLICKS", value: 10 }])).toEqual([]);
    expect(computeCampaignFigures([{ kind: "IMPRESSIONS", value: 1000 }])).toEqual([]);
    expect(
      computeCampaignFigures([
        { kind: "CONVERSIONS", value: 3 },
        { kind: "CLICKS", value: 0 },
      ]),
    ).toEqual([]);
  });

  it("computes with huge numbers", () => {
    expect(
      figure(
        computeCampaignFigures([
          { kind: "CLICKS", value: 1e15 },
          { kind: "IMPRESSIONS", value: 4e15 },
        ]),
        "ctr",
      )?.value,
    ).toBe(0.25);
    expect(
      figure(
        computeCampaignFigures([
          { kind: "CLICKS", value: 9e307 },
          { kind: "IMPRESSIONS", value: 1.6e308 },
        ]),
        "ctr",
      )?.value,
    ).toBeCloseTo(0.5625, 12);
  });
});

describe("cost per click, cost per lead, ROI", () => {
  it("uses ad spend", () => {
    const figures = computeCampaignFigures([
      { kind: "AD_SPEND", value: 500 },
      { kind: "CLICKS", value: 1250 },
      { kind: "LEADS", value: 40 },
      { kind: "REVENUE", value: 2000 },
    ]);
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
    expect(
      figure(
        computeCampaignFigures([
          { kind: "AD_SPEND", value: 1000 },
          { kind: "REVENUE", value: 250 },
        ]),
        "roi",
      )?.value,
    ).toBe(-0.75);
    expect(
      figure(
        computeCampaignFigures([
          { kind: "AD_SPEND", value: 1000 },
          { kind: "REVENUE", value: 0 },
        ]),
        "roi",
      )?.value,
    ).toBe(-1);
  });

  it("falls back to the campaign budget when no ad spend is given", () => {
    const figures = computeCampaignFigures(
      [
        { kind: "CLICKS", value: 200 },
        { kind: "REVENUE", value: 900 },
      ],
      { budget: 300 },
    );
    expect(figure(figures, "costPerClick")).toMatchObject({ value: 1.5, spendSource: "budget", inputs: { spend: 300, clicks: 200 } });
    expect(figure(figures, "roi")).toMatchObject({ value: 2, spendSource: "budget", inputs: { revenue: 900, spend: 300 } });
  });

  it("prefers ad spend over the budget", () => {
    const cpc = figure(
      computeCampaignFigures(
        [
          { kind: "AD_SPEND", value: 100 },
          { kind: "CLICKS", value: 50 },
        ],
        { budget: 1000 },
      ),
      "costPerClick",
    );
    expect(cpc).toMatchObject({ value: 2, spendSource: "adSpend" });
  });

  it("treats zero ad spend as unpaid: no cost figures, no ROI, and no budget fallback", () => {
    expect(
      computeCampaignFigures(
        [
          { kind: "AD_SPEND", value: 0 },
          { kind: "CLICKS", value: 50 },
          { kind: "REVENUE", value: 100 },
        ],
        { budget: 500 },
      ),
    ).toEqual([]);
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
    expect(
      keys(
        computeCampaignFigures([
          { kind: "AD_SPEND", value: 100 },
          { kind: "CLICKS", value: 0 },
          { kind: "LEADS", value: 0 },
        ]),
      ),
    ).toEqual([]);
  });

  it("ignores an unusable ad spend entry and uses the budget", () => {
    const figures = computeCampaignFigures(
      [
        { kind: "AD_SPEND", value: Number.NaN },
        { kind: "CLICKS", value: 10 },
      ],
      { budget: 50 },
    );
    expect(figure(figures, "costPerClick")).toMatchObject({ value: 5, spendSource: "budget" });
  });

  it("computes ROI with huge numbers", () => {
    expect(
      figure(
        computeCampaignFigures([
          { kind: "AD_SPEND", value: 1e15 },
          { kind: "REVENUE", value: 3e15 },
        ]),
        "roi",
      )?.value,
    ).toBe(2);
    expect(
      figure(
        computeCampaignFigures([
          { kind: "AD_SPEND", value: 9e307 },
          { kind: "REVENUE", value: 1.7e308 },
        ]),
        "roi",
      )?.value,
    ).toBeCloseTo(80 / 90, 12);
    expect(
      figure(
        computeCampaignFigures([
          { kind: "AD_SPEND", value: 1e-300 },
          { kind: "REVENUE", value: 1e300 },
        ]),
        "roi",
      ),
    ).toBeUndefined();
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
    expect(
      computeCampaignFigures([
        { kind: "CUSTOM", value: 100 },
        { kind: "REACH", value: 1000 },
      ]),
    ).toEqual([]);
  });

  it("returns nothing for no metrics and never NaN, Infinity or negative zero", () => {
    expect(computeCampaignFigures([])).toEqual([]);
    const weird = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, 0, 1e-320, 1e308];
    for (const a of weird) {
      for (const b of weird) {
        const figures = computeCampaignFigures(
          [
            { kind: "ENGAGEMENTS", value: a },
            { kind: "REACH", value: b },
            { kind: "CLICKS", value: a },
            { kind: "IMPRESSIONS", value: b },
            { kind: "AD_SPEND", value: b },
            { kind: "REVENUE", value: a },
          ],
          { budget: a },
        );
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
    const figures = computeCampaignFigures([
      { kind: "VIDEO_VIEWS", value: 9000 },
      { kind: "LIKES", value: 90 },
    ]);
    expect(figures).toEqual([]);
  });

  it("is empty when nothing can be computed", () => {
    expect(computePostFigures({})).toEqual([]);
    expect(computePostFigures({ views: 9000 })).toEqual([]);
    expect(computePostFigures({ clicks: 5, impressions: 0, likes: 1, reach: 0 })).toEqual([]);
    expect(computePostFigures({ likes: Number.NaN, reach: 100 })).toEqual([]);
  });
});
