import { describe, expect, it } from "vitest";
import { buildCampaignMetrics, buildSamples, fitSeries } from "@/lib/imports/build";
import { campaignMetricOf, metricFields, sampleNumberOf } from "@/lib/imports/fields";
import { metricKinds } from "@/lib/metrics/formulas";
import { postNumberFields } from "@/lib/samples/schema";
import type { MappedRow } from "@/lib/imports/types";

const row = (line: number, date: string | null, values: MappedRow["values"], extra: Partial<MappedRow> = {}): MappedRow => ({
  line,
  date,
  title: "",
  caption: "",
  link: "",
  postType: "",
  values,
  problems: [],
  ...extra,
});

describe("mapping to our metrics", () => {
  it("maps every import field to a metric kind lib/metrics knows, and post numbers to sample fields", () => {
    for (const field of metricFields) expect(metricKinds).toContain(campaignMetricOf[field].kind);
    for (const target of Object.values(sampleNumberOf)) expect(postNumberFields).toContain(target);
    expect(campaignMetricOf.keyEvents.kind).toBe("CONVERSIONS");
    expect(campaignMetricOf.spend.kind).toBe("AD_SPEND");
    expect(campaignMetricOf.followers.stock).toBe(true);
  });

  it("sums flows over the range and takes stocks as first → last day", () => {
    const metrics = buildCampaignMetrics([
      row(2, "2026-03-02", { impressions: 200, followers: 110 }),
      row(3, "2026-03-01", { impressions: 100, followers: 100 }),
      row(4, "2026-03-03", { impressions: 300, followers: 130, sessions: 7 }),
    ]);
    expect(metrics).toEqual([
      {
        kind: "IMPRESSIONS",
        customName: "",
        value: 600,
        baseline: null,
        periodStart: "2026-03-01",
        periodEnd: "2026-03-03",
        series: [
          { date: "2026-03-01", value: 100 },
          { date: "2026-03-02", value: 200 },
          { date: "2026-03-03", value: 300 },
        ],
      },
      {
        kind: "FOLLOWERS",
        customName: "",
        value: 130,
        baseline: 100,
        periodStart: "2026-03-01",
        periodEnd: "2026-03-03",
        series: [
          { date: "2026-03-01", value: 100 },
          { date: "2026-03-02", value: 110 },
          { date: "2026-03-03", value: 130 },
        ],
      },
      {
        kind: "CUSTOM",
        customName: "Sessions",
        value: 7,
        baseline: null,
        periodStart: "2026-03-03",
        periodEnd: "2026-03-03",
        series: [{ date: "2026-03-03", value: 7 }],
      },
    ]);
  });

  it("fits a year of days into the chart's 120 points: weeks summed for flows, last value for stocks", () => {
    const days = Array.from({ length: 364 }, (_, i) => ({ date: new Date(Date.UTC(2026, 0, 5 + i)).toISOString().slice(0, 10), value: 1 }));
    const weeks = fitSeries(days, false);
    expect(weeks).toHaveLength(52);
    expect(weeks[0]).toEqual({ date: "2026-01-05", value: 7 });
    expect(
      fitSeries(
        days.map((d, i) => ({ ...d, value: i })),
        true,
      )[0],
    ).toEqual({ date: "2026-01-05", value: 6 });
  });

  it("makes samples: title from the post's title or caption's first line, hashtags, format from the post type", () => {
    const [reel, text] = buildSamples("instagram-posts", "INSTAGRAM", [
      row(
        2,
        "2025-03-28",
        { reach: 30105, likes: 2310, follows: 95 },
        { caption: "Latte art\nin 15 seconds #coffee #Latte", postType: "IG reel", link: "https://www.instagram.com/reel/x/" },
      ),
      row(3, null, {}, { caption: "", link: "javascript:alert(1)" }),
    ]);
    expect(reel).toMatchObject({
      title: "Latte art",
      format: "SHORT_VIDEO",
      hashtags: ["coffee", "Latte"],
      reach: 30105,
      likes: 2310,
      url: "https://www.instagram.com/reel/x/",
      postedAt: "2025-03-28",
    });
    expect(text).toMatchObject({ title: "—", format: "IMAGE_POST", url: null, reach: null });
  });
});
