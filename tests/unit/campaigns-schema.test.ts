import { describe, expect, it } from "vitest";
import { upsertCampaignSchema, type UpsertCampaignInput } from "@/lib/campaigns/schema";
import { asCurrency, mostUsedCurrency } from "@/lib/money";
import { messagesByPath } from "@/tests/support/schema-errors";

const valid: UpsertCampaignInput = {
  title: "Spring menu launch",
  client: "Northside Coffee",
  confidential: false,
  anonymizedLabel: "",
  workKind: "CLIENT",
  platforms: ["INSTAGRAM", "TIKTOK", "INSTAGRAM"],
  startDate: "2026-03-01",
  endDate: "2026-04-30",
  objective: "AWARENESS",
  budget: "",
  currency: "USD",
  summary: "",
  metrics: [],
};

const errorsOf = (input: UpsertCampaignInput) => messagesByPath(upsertCampaignSchema, input);

const metric = {
  kind: "REACH" as const,
  customName: "",
  value: "12,500",
  baseline: "",
  periodStart: "",
  periodEnd: "",
  source: "SELF_REPORTED" as const,
  evidenceId: null,
  series: [],
};

describe("upsertCampaignSchema", () => {
  it("accepts a campaign, dedupes platforms and turns blanks into nulls", () => {
    const parsed = upsertCampaignSchema.parse(valid);
    expect(parsed.platforms).toEqual(["INSTAGRAM", "TIKTOK"]);
    expect(parsed.budget).toBeNull();
    expect(parsed.endDate).toBe("2026-04-30");
    expect(upsertCampaignSchema.parse({ ...valid, endDate: "" }).endDate).toBeNull();
  });

  it("puts an end date before the start date as an error beside the end date", () => {
    expect(errorsOf({ ...valid, endDate: "2026-02-28" })).toEqual({ endDate: "endBeforeStart" });
    expect(errorsOf({ ...valid, startDate: "2026-03-01", endDate: "2026-03-01" })).toEqual({});
  });

  it("reports the end-date error together with other field errors", () => {
    expect(errorsOf({ ...valid, title: " ", endDate: "2026-01-01" })).toEqual({ title: "required", endDate: "endBeforeStart" });
  });

  it("requires the anonymized label only when the client is confidential", () => {
    expect(errorsOf({ ...valid, confidential: true, anonymizedLabel: "  " })).toEqual({ anonymizedLabel: "anonymizedLabelRequired" });
    expect(errorsOf({ ...valid, confidential: true, anonymizedLabel: "a regional coffee chain" })).toEqual({});
    expect(errorsOf({ ...valid, confidential: false, anonymizedLabel: "" })).toEqual({});
  });

  it("rejects impossible dates", () => {
    expect(errorsOf({ ...valid, startDate: "2026-02-30" })).toMatchObject({ startDate: "date" });
    expect(errorsOf({ ...valid, startDate: "" })).toMatchObject({ startDate: "required" });
  });

  it("reads numbers as people type them: 12,500 and 12.5k are 12500", () => {
    const parsed = upsertCampaignSchema.parse({
      ...valid,
      budget: "1.2k",
      metrics: [
        { ...metric, value: "12,500" },
        { ...metric, kind: "FOLLOWERS", value: "12.5k", baseline: "9 800" },
      ],
    });
    expect(parsed.budget).toBe(1200);
    expect(parsed.metrics.map((m) => [m.value, m.baseline])).toEqual([
      [12500, null],
      [12500, 9800],
    ]);
  });

  it("puts metric errors at nested paths", () => {
    expect(errorsOf({ ...valid, metrics: [metric, { ...metric, value: "lots" }] })).toEqual({ "metrics.1.value": "number" });
    expect(errorsOf({ ...valid, metrics: [{ ...metric, value: "" }] })).toEqual({ "metrics.0.value": "required" });
    expect(errorsOf({ ...valid, metrics: [{ ...metric, kind: "CUSTOM" }] })).toEqual({ "metrics.0.customName": "required" });
    expect(errorsOf({ ...valid, metrics: [{ ...metric, periodStart: "2026-03-10", periodEnd: "2026-03-01" }] })).toEqual({
      "metrics.0.periodEnd": "endBeforeStart",
    });
  });

  it("validates series points and sorts them by date", () => {
    const parsed = upsertCampaignSchema.parse({
      ...valid,
      metrics: [
        {
          ...metric,
          series: [
            { date: "2026-03-15", value: "2.6k" },
            { date: "2026-03-01", value: "2,400" },
          ],
        },
      ],
    });
    expect(parsed.metrics[0]!.series).toEqual([
      { date: "2026-03-01", value: 2400 },
      { date: "2026-03-15", value: 2600 },
    ]);
    expect(errorsOf({ ...valid, metrics: [{ ...metric, series: [{ date: "soon", value: "x" }] }] })).toEqual({
      "metrics.0.series.0.date": "date",
      "metrics.0.series.0.value": "number",
    });
    expect(
      errorsOf({
        ...valid,
        metrics: [
          {
            ...metric,
            series: [
              { date: "2026-03-01", value: 1 },
              { date: "2026-03-01", value: 2 },
            ],
          },
        ],
      }),
    ).toEqual({ "metrics.0.series": "duplicateDate" });
  });

  it("allows only the listed currencies", () => {
    expect(errorsOf({ ...valid, currency: "XXX" as never })).toHaveProperty("currency");
  });
});

describe("currencies", () => {
  it("read a stored code as a form value, falling back to USD for one the select does not offer", () => {
    expect(asCurrency("EUR")).toBe("EUR");
    expect(asCurrency("XYZ")).toBe("USD");
    expect(asCurrency(null)).toBe("USD");
  });

  it("start a new item in the currency most items use, the earliest on a tie, USD when there is none", () => {
    expect(mostUsedCurrency(["GBP", "EUR", "EUR"])).toBe("EUR");
    expect(mostUsedCurrency(["GBP", "EUR"])).toBe("GBP");
    expect(mostUsedCurrency(["XYZ", "XYZ", "SEK"])).toBe("SEK");
    expect(mostUsedCurrency([])).toBe("USD");
  });
});
