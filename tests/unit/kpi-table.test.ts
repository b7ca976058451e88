import { describe, expect, it } from "vitest";
import { buildKpiTable, tableCell, type KpiCampaign, type KpiLabels } from "@/lib/documents/kpi-table";
import documents from "@/lib/i18n/messages/en/documents.json";

const labels: KpiLabels = {
  kpi: "KPI",
  kpiOf: (campaign) => `KPI (${campaign})`,
  baseline: "Baseline",
  target: "Target",
  result: "Result",
  kind: (kind) => ({ FOLLOWERS: "Followers", REACH: "Reach", LIKES: "Likes", AD_SPEND: "Ad spend" })[kind as string] ?? kind,
  figure: (key) => ({ engagementRate: "Engagement rate", costPerClick: "Cost per click" })[key as string] ?? key,
  emptyRows: ["Engagement rate", "Followers", "Reach"],
};

const shelter: KpiCampaign = {
  title: "Home for Winter",
  currency: "EUR",
  budget: null,
  metrics: [
    { kind: "FOLLOWERS", customName: "", value: 3050, baseline: 2400 },
    { kind: "REACH", customName: "", value: 18400, baseline: null },
    { kind: "LIKES", customName: "", value: 920, baseline: null },
    { kind: "CUSTOM", customName: "Dogs adopted | in 8 weeks", value: 31, baseline: 12 },
  ],
};

describe("KPI table", () => {
  it("is empty, with KPI names only, when the owner has no results: never sample numbers", () => {
    const table = buildKpiTable(null, labels, "en");
    expect(table).toBe(
      ["| KPI | Baseline | Target | Result |", "| --- | ---: | ---: | ---: |", "| Engagement rate | | | |", "| Followers | | | |", "| Reach | | | |", ""].join(
        "\n",
      ),
    );
    expect(table).not.toMatch(/\d/);
  });

  it("fills in the owner's own campaign: before values, results and the computed engagement rate", () => {
    const table = buildKpiTable(shelter, labels, "en");
    expect(table.split("\n")).toEqual([
      "| KPI (Home for Winter) | Baseline | Target | Result |",
      "| --- | ---: | ---: | ---: |",
      "| Followers | 2,400 | | 3,050 |",
      "| Reach | | | 18,400 |",
      "| Likes | | | 920 |",
      "| Dogs adopted \\| in 8 weeks | 12 | | 31 |",
      "| Engagement rate | | | 5.0% |",
      "",
    ]);
  });

  it("keeps money in the campaign's currency and stays short", () => {
    const many: KpiCampaign = {
      ...shelter,
      metrics: [
        ...Array.from({ length: 8 }, (_, i) => ({ kind: "REACH" as const, customName: "", value: 100 + i, baseline: null })),
        { kind: "AD_SPEND", customName: "", value: 250, baseline: null },
      ],
    };
    const rows = buildKpiTable(many, labels, "en").trim().split("\n").slice(2);
    expect(rows).toHaveLength(6);
    const money = buildKpiTable({ ...shelter, metrics: [{ kind: "AD_SPEND", customName: "", value: 250, baseline: 100 }] }, labels, "en");
    expect(money).toContain("| Ad spend | €100 | | €250 |");
  });

  it("makes pipes and line breaks in names harmless", () => {
    expect(tableCell("a|b\nc")).toBe("a\\|b c");
  });

  it("the editor's offline fallback template carries no numbers either", () => {
    expect(documents.documents.editor.tableTemplate).not.toMatch(/\d/);
  });
});
