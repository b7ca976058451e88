import { describe, expect, it } from "vitest";
import {
  formatCompact,
  formatCount,
  formatFigure,
  formatFigureInputs,
  formatMetricValue,
  formatMoney,
  formatPercent,
  formatSignedPercent,
} from "@/lib/metrics/format";
import { computeCampaignFigures, type ComputedFigure } from "@/lib/metrics/formulas";

// Intl puts no-break spaces in some locales; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("formatCount and formatCompact", () => {
  it("formats counts for the locale", () => {
    expect(formatCount(12500, "en")).toBe("12,500");
    expect(formatCount(1234.567, "en")).toBe("1,234.57");
    expect(formatCount(0, "en")).toBe("0");
    expect(formatCount(-12500, "en")).toBe("\u221212,500");
    expect(plain(formatCount(12500, "fr"))).toBe("12 500");
    expect(formatCount(12500, "de")).toBe("12.500");
    expect(formatCount(1e15, "en")).toBe("1,000,000,000,000,000");
  });

  it("formats compact counts", () => {
    expect(formatCompact(12500, "en")).toBe("12.5K");
    expect(formatCompact(1_200_000, "en")).toBe("1.2M");
    expect(formatCompact(950, "en")).toBe("950");
    expect(formatCompact(3_000_000_000, "en")).toBe("3B");
  });
});

describe("percents", () => {
  it("formats ratios as percents", () => {
    expect(formatPercent(0.042, "en")).toBe("4.2%");
    expect(formatPercent(0.5, "en")).toBe("50.0%");
    expect(formatPercent(0.04236, "en", 2)).toBe("4.24%");
    expect(formatPercent(0.042, "en", 0)).toBe("4%");
    expect(plain(formatPercent(0.042, "fr"))).toBe("4,2 %");
  });

  it("formats signed changes with a true minus", () => {
    expect(formatSignedPercent(2 / 3, "en")).toBe("+66.7%");
    expect(formatSignedPercent(-0.12, "en")).toBe("\u221212.0%");
    expect(formatSignedPercent(0, "en")).toBe("0.0%");
    expect(formatSignedPercent(-0.00001, "en")).toBe("0.0%");
  });
});

describe("formatMoney", () => {
  it("formats money, dropping cents from whole amounts", () => {
    expect(formatMoney(12500, "USD", "en")).toBe("$12,500");
    expect(formatMoney(0.4, "USD", "en")).toBe("$0.40");
    expect(formatMoney(1.5, "EUR", "en")).toBe("€1.50");
    expect(plain(formatMoney(1200, "EUR", "de"))).toBe("1.200 €");
    expect(formatMoney(-20, "USD", "en")).toBe("\u2212$20");
  });

  it("falls back to the code for an unknown currency", () => {
    expect(formatMoney(1200, "NOPE", "en")).toBe("1,200 NOPE");
  });
});

describe("formatFigure", () => {
  const figures = computeCampaignFigures([
    { kind: "ENGAGEMENTS", value: 4200 },
    { kind: "REACH", value: 100_000 },
    { kind: "CLICKS", value: 1250 },
    { kind: "AD_SPEND", value: 500 },
    { kind: "REVENUE", value: 250 },
  ]);
  const byKey = (key: ComputedFigure["key"]) => figures.find((f) => f.key === key)!;

  it("shows rates as percents, costs as money and ROI signed", () => {
    expect(formatFigure(byKey("engagementRate"), "en")).toBe("4.2%");
    expect(formatFigure(byKey("costPerClick"), "en")).toBe("$0.40");
    expect(formatFigure(byKey("costPerClick"), "en", "GBP")).toBe("£0.40");
    expect(formatFigure(byKey("roi"), "en")).toBe("\u221250.0%");
  });

  it("formats a figure's inputs for its worked formula", () => {
    expect(formatFigureInputs(byKey("engagementRate"), "en")).toEqual({ engagements: "4,200", reach: "100,000" });
    expect(formatFigureInputs(byKey("roi"), "en", "EUR")).toEqual({ revenue: "€250", spend: "€500" });
  });

  it("formats raw metric values by kind", () => {
    expect(formatMetricValue("AD_SPEND", 1200, "en")).toBe("$1,200");
    expect(formatMetricValue("REACH", 1200, "en")).toBe("1,200");
  });
});
