import { describe, expect, it } from "vitest";
import { barPairWidths, defaultBox, lineGeometry, tickUnitForSpan } from "@/components/charts/geometry";
import { formatMonth, formatShortDay, formatYear } from "@/lib/date-formats";

const series = [
  { date: "2026-03-02", value: 4120 },
  { date: "2026-03-09", value: 4260 },
  { date: "2026-03-16", value: 4480 },
  { date: "2026-03-23", value: 6870 },
];

describe("lineGeometry", () => {
  it("needs at least two usable points", () => {
    expect(lineGeometry([])).toBeNull();
    expect(lineGeometry([{ date: "2026-01-01", value: 3 }])).toBeNull();
    expect(
      lineGeometry([
        { date: "2026-01-01", value: 3 },
        { date: "2026-01-02", value: Number.NaN },
      ]),
    ).toBeNull();
  });

  it("maps the first date to the left edge, the last to the right, larger values higher up", () => {
    const g = lineGeometry(series)!;
    const { left, right, top, bottom } = g.plot;
    expect(g.dots[0]!.x).toBe(left);
    expect(g.dots.at(-1)!.x).toBe(right);
    for (const dot of g.dots) {
      expect(dot.y).toBeGreaterThanOrEqual(top);
      expect(dot.y).toBeLessThanOrEqual(bottom);
    }
    // 6,870 is the highest value: the smallest y.
    expect(Math.min(...g.dots.map((d) => d.y))).toBe(g.dots.at(-1)!.y);
    expect(g.line).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){3}$/);
    expect(g.area.startsWith(g.line)).toBe(true);
    expect(g.area.endsWith("Z")).toBe(true);
  });

  it("starts the y axis at zero so growth is not exaggerated, with round ticks", () => {
    const g = lineGeometry(series)!;
    expect(g.yTicks[0]!.value).toBe(0);
    expect(g.yTicks[0]!.y).toBe(g.plot.bottom);
    for (const tick of g.yTicks) expect(tick.value % 1000).toBe(0);
  });

  it("sorts points by date and keeps ticks inside the chart", () => {
    const g = lineGeometry([...series].reverse())!;
    expect(g.dots.map((d) => d.date)).toEqual(series.map((p) => p.date));
    for (const tick of g.xTicks) {
      expect(tick.x).toBeGreaterThanOrEqual(g.plot.left);
      expect(tick.x).toBeLessThanOrEqual(defaultBox.width);
    }
  });

  it("handles a flat series without dividing by zero", () => {
    const g = lineGeometry([
      { date: "2026-01-01", value: 5 },
      { date: "2026-02-01", value: 5 },
    ])!;
    expect(g.line).not.toContain("NaN");
  });
});

describe("barPairWidths", () => {
  it("scales both bars to the larger value", () => {
    expect(barPairWidths({ before: 50, after: 100 }, 200)).toEqual({ before: 100, after: 200 });
    expect(barPairWidths({ before: 300, after: 150 }, 240)).toEqual({ before: 240, after: 120 });
  });

  it("draws nothing for zero or invalid values", () => {
    expect(barPairWidths({ before: 0, after: 0 }, 100)).toEqual({ before: 0, after: 0 });
    expect(barPairWidths({ before: -5, after: Number.NaN }, 100)).toEqual({ before: 0, after: 0 });
  });
});

describe("date axis ticks", () => {
  const weekly = (start: string, weeks: number) =>
    Array.from({ length: weeks }, (_, i) => ({
      date: new Date(Date.parse(`${start}T00:00:00Z`) + i * 7 * 86_400_000).toISOString().slice(0, 10),
      value: 100 + i,
    }));
  const label = { day: formatShortDay, month: formatMonth, year: formatYear } as const;

  it("labels an 8-week series by day, each label once (it printed 'Sep 2026' four times)", () => {
    const g = lineGeometry(weekly("2026-09-01", 8))!;
    expect(g.xTickUnit).toBe("day");
    const labels = g.xTicks.map((t) => label[g.xTickUnit](t.date, "en"));
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.every((l) => !/2026/.test(l))).toBe(true);
  });

  it("labels a series of a year by month and one of several years by year, never repeating", () => {
    for (const [weeks, unit] of [
      [52, "month"],
      [160, "year"],
    ] as const) {
      const g = lineGeometry(weekly("2024-01-01", weeks))!;
      expect(g.xTickUnit).toBe(unit);
      const labels = g.xTicks.map((t) => label[g.xTickUnit](t.date, "en"));
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it("chooses the unit from the span in days", () => {
    expect(tickUnitForSpan(0)).toBe("day");
    expect(tickUnitForSpan(92)).toBe("day");
    expect(tickUnitForSpan(93)).toBe("month");
    expect(tickUnitForSpan(731)).toBe("month");
    expect(tickUnitForSpan(732)).toBe("year");
  });
});
