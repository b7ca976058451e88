import { scaleLinear, scaleUtc } from "d3-scale";
import { fromIsoDate as utc } from "@/lib/dates";

// Pure chart geometry (d3-scale only): the SVG components render these
// numbers on the server, so no chart code ships to the browser.

export type Point = { date: string; value: number };
export type Box = { width: number; height: number; margin: { top: number; right: number; bottom: number; left: number } };

export const defaultBox: Box = { width: 480, height: 200, margin: { top: 12, right: 16, bottom: 28, left: 56 } };

export type LineGeometry = {
  /** The SVG path of the line ("M…L…"). */
  line: string;
  /** The area under the line, closed along the x axis. */
  area: string;
  dots: { x: number; y: number; date: string; value: number }[];
  /** Date ticks, at most one per label: all in the unit the series' span calls for. */
  xTicks: { x: number; date: string }[];
  /** What an x tick stands for, chosen from the span: days (≤ ~3 months), months (≤ 2 years), else years. */
  xTickUnit: TickUnit;
  yTicks: { y: number; value: number }[];
  /** The plot area inside the margins. */
  plot: { left: number; right: number; top: number; bottom: number };
};

export type TickUnit = "day" | "month" | "year";

const DAY_MS = 86_400_000;

/** The unit a date axis should label for a span of `days`, so labels neither repeat nor hide the scale. */
export function tickUnitForSpan(days: number): TickUnit {
  if (days <= 92) return "day";
  if (days <= 731) return "month";
  return "year";
}

/** The tick's label key in its unit: two ticks with the same key would print the same label. */
function tickKey(date: Date, unit: TickUnit): string {
  const iso = date.toISOString();
  return unit === "day" ? iso.slice(0, 10) : unit === "month" ? iso.slice(0, 7) : iso.slice(0, 4);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * A line chart's geometry for a time series (sorted by date). The y axis
 * starts at 0 unless every value is far from it, so growth is not exaggerated.
 * Null for fewer than two points.
 */
export function lineGeometry(points: readonly Point[], box: Box = defaultBox): LineGeometry | null {
  const data = [...points].filter((p) => Number.isFinite(p.value)).sort((a, b) => a.date.localeCompare(b.date));
  if (data.length < 2) return null;
  const { width, height, margin } = box;
  const plot = { left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom };

  const dates = data.map((p) => utc(p.date));
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  const x = scaleUtc()
    .domain(first.getTime() === last.getTime() ? [first, new Date(first.getTime() + DAY_MS)] : [first, last])
    .range([plot.left, plot.right]);

  const values = data.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  // A zero baseline unless the data sits in a narrow band far above zero (then show the band).
  const lower = min >= 0 && min < (max - min) * 4 ? 0 : min;
  const y = scaleLinear()
    .domain([lower, max === lower ? lower + 1 : max])
    .nice(4)
    .range([plot.bottom, plot.top]);

  const dots = data.map((p, i) => ({ x: round(x(dates[i]!)), y: round(y(p.value)), date: p.date, value: p.value }));
  const line = dots.map((d, i) => `${i === 0 ? "M" : "L"}${d.x},${d.y}`).join("");
  const base = round(y(y.domain()[0]!));
  const area = `${line}L${dots[dots.length - 1]!.x},${base}L${dots[0]!.x},${base}Z`;

  const xTickUnit = tickUnitForSpan((last.getTime() - first.getTime()) / DAY_MS);
  const seen = new Set<string>();
  const xTicks = x
    .ticks(Math.min(4, data.length))
    .filter((d) => {
      const key = tickKey(d, xTickUnit);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((d) => ({ x: round(x(d)), date: d.toISOString().slice(0, 10) }));
  const yTicks = y.ticks(4).map((value) => ({ y: round(y(value)), value }));
  return { line, area, dots, xTicks, xTickUnit, yTicks, plot };
}

export type BarPair = { before: number; after: number };

/**
 * Widths of a before/after pair of horizontal bars on one shared scale from 0
 * to the larger value. Negative values are drawn as 0 (the text still says the number).
 */
export function barPairWidths({ before, after }: BarPair, width: number): { before: number; after: number } {
  const b = Math.max(0, Number.isFinite(before) ? before : 0);
  const a = Math.max(0, Number.isFinite(after) ? after : 0);
  const top = Math.max(b, a);
  if (top === 0) return { before: 0, after: 0 };
  const scale = scaleLinear().domain([0, top]).range([0, width]);
  return { before: round(scale(b)), after: round(scale(a)) };
}
