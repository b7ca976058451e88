import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import messages from "@/lib/i18n/messages/en/metrics.json";
import { figureKeys, metricKinds, type FormulaKey } from "@/lib/metrics/formulas";

const formulaKeys: FormulaKey[] = [
  "engagementRateByReach",
  "engagementRateByFollowers",
  "engagementRateByViews",
  "growth",
  "ctr",
  "conversionRate",
  "costPerClick",
  "costPerLead",
  "roi",
];

describe("metrics messages", () => {
  const m = messages.metrics;

  it("label every kind, figure, formula and source", () => {
    expect(Object.keys(m.kinds).sort()).toEqual([...metricKinds].sort());
    expect(Object.keys(m.figures).sort()).toEqual([...figureKeys, "growth"].sort());
    expect(Object.keys(m.formulas).sort()).toEqual([...formulaKeys].sort());
    expect(Object.keys(m.worked).sort()).toEqual([...formulaKeys].sort());
    expect(Object.keys(m.sources).sort()).toEqual(["ANALYTICS_EXPORT", "SCREENSHOT", "SELF_REPORTED"]);
  });

  it("worked formulas fill in with the figure's inputs", () => {
    const t = createTranslator({ locale: "en", messages, namespace: "metrics.worked" });
    const text = t("roi", { revenue: "$2,000", spend: "$500" });
    expect(text).toBe("($2,000 revenue − $500 spend) ÷ $500 spend");
  });
});
