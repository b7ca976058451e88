import { describe, expect, it } from "vitest";
import { toPublicPortfolio } from "@/lib/public/map";
import { day, publicPortfolioRow } from "@/tests/support/public-row";

const figure = (id: string, period: [string, string] | null) => ({
  id,
  kind: "REACH",
  customName: "",
  value: 1000,
  baseline: null,
  periodStart: period ? day(period[0]) : null,
  periodEnd: period ? day(period[1]) : null,
  source: "SELF_REPORTED",
  series: [],
  evidence: null,
});

// Only what the mapping of periods reads; the rest of the row is empty.
const row = publicPortfolioRow({
  campaigns: [
    {
      id: "c1",
      title: "Home for Winter",
      client: "Riga Paws",
      confidential: false,
      anonymizedLabel: "",
      workKind: "VOLUNTEER",
      platforms: ["INSTAGRAM"],
      startDate: day("2026-09-01"),
      endDate: day("2026-10-26"),
      objective: "COMMUNITY",
      budget: null,
      currency: "EUR",
      summary: "",
      metrics: [figure("own", ["2026-09-07", "2026-09-14"]), figure("inherits", null)],
    },
  ],
  caseStudies: [
    {
      id: "cs1",
      slug: "home-for-winter",
      slugHistory: [],
      title: "Home for Winter",
      client: "Riga Paws",
      confidential: false,
      anonymizedLabel: "",
      workKind: "VOLUNTEER",
      currency: "EUR",
      role: "",
      periodStart: day("2026-08-15"),
      periodEnd: day("2026-11-01"),
      challenge: "",
      strategy: "",
      execution: "",
      results: "",
      lessons: "",
      cover: null,
      keyResults: [figure("kr", null)],
      campaigns: [],
      samples: [],
      documents: [],
    },
  ],
});

describe("the period of a result", () => {
  const view = toPublicPortfolio(row);

  it("is the figure's own when it has one", () => {
    expect(view.campaigns[0]!.metrics[0]).toMatchObject({ periodStart: "2026-09-07", periodEnd: "2026-09-14" });
  });

  it("is its campaign's when the figure has none (it read 'period not given')", () => {
    expect(view.campaigns[0]!.metrics[1]).toMatchObject({ periodStart: "2026-09-01", periodEnd: "2026-10-26" });
  });

  it("is its case study's for a key result without one", () => {
    expect(view.caseStudies[0]!.keyResults[0]).toMatchObject({ periodStart: "2026-08-15", periodEnd: "2026-11-01" });
  });
});
