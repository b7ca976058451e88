// Rows → what a save creates: content samples from per-post rows, a campaign's metrics from
// per-day rows (flows summed over the range, stocks as first → last day, a series for charts).
// Pure: the wizard shows the same figures before anything is saved.
import type { ContentFormat } from "@/lib/db/generated/enums";
import { MAX_SERIES_POINTS } from "@/lib/campaigns/schema";
import type { MetricKindName } from "@/lib/metrics/formulas";
import type { PlatformValue } from "@/lib/platforms/platforms";
import { CAPTION_MAX, MAX_HASHTAGS, normalizeHashtags, type PostNumberField } from "@/lib/samples/schema";
import { fromIsoDate } from "@/lib/dates";
import { LIMITS } from "@/lib/validation";
import { campaignMetricOf, metricFields, sampleNumberOf, type MetricField } from "./fields";
import { formatById } from "./formats";
import type { SamplePost } from "@/lib/samples/types";
import type { MappedRow } from "./types";

/** A sample an import creates, with the file's line it came from. */
export type SampleRecord = { line: number } & SamplePost;

export type MetricRecord = {
  kind: MetricKindName;
  customName: string;
  value: number;
  baseline: number | null;
  periodStart: string;
  periodEnd: string;
  series: { date: string; value: number }[];
};

const POST_TYPE_FORMATS: [RegExp, ContentFormat][] = [
  [/reel|video|short/i, "SHORT_VIDEO"],
  [/carousel|album/i, "CAROUSEL"],
  [/story/i, "STORY"],
  [/image|photo/i, "IMAGE_POST"],
  [/live/i, "LIVE"],
  [/article/i, "ARTICLE"],
  [/link|text|status/i, "TEXT_POST"],
];

function formatOf(postType: string, fallback: ContentFormat): ContentFormat {
  for (const [pattern, format] of POST_TYPE_FORMATS) if (pattern.test(postType)) return format;
  return fallback;
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function httpUrl(text: string): string | null {
  if (!text || text.length > LIMITS.url) return null;
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}

/** A sample per row. The title is the post's own title, else its caption's first line, else its date. */
export function buildSamples(formatId: string, platform: PlatformValue, rows: readonly MappedRow[]): SampleRecord[] {
  const fallbackFormat = formatById(formatId)?.sampleFormat ?? "TEXT_POST";
  return rows.map((row) => {
    const caption = row.caption.replace(/\r\n?/g, "\n");
    const firstLine =
      caption
        .split("\n")
        .find((line) => line.trim() !== "")
        ?.trim() ?? "";
    const url = httpUrl(row.link);
    const title = cut(row.title || firstLine || row.date || url || "—", LIMITS.title);
    const hashtags = normalizeHashtags([...caption.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((match) => match[1]!))
      .filter((tag) => tag.length <= 100)
      .slice(0, MAX_HASHTAGS);
    const numbers = Object.fromEntries(Object.values(sampleNumberOf).map((field) => [field, null])) as Record<PostNumberField, number | null>;
    for (const field of metricFields) {
      const target = sampleNumberOf[field];
      const value = row.values[field];
      if (target && value !== undefined) numbers[target] = value;
    }
    return {
      line: row.line,
      platform,
      format: formatOf(row.postType, fallbackFormat),
      title,
      caption: cut(caption, CAPTION_MAX),
      hashtags,
      postedAt: row.date,
      url,
      ...numbers,
    };
  });
}

type Point = { date: string; value: number };

/** Buckets points by `keyOf` (week or month start): sum for flows, last value for stocks. */
function bucket(points: Point[], keyOf: (date: string) => string, stock: boolean): Point[] {
  const buckets = new Map<string, number>();
  for (const point of points) {
    const key = keyOf(point.date);
    buckets.set(key, stock ? point.value : (buckets.get(key) ?? 0) + point.value);
  }
  return [...buckets].map(([date, value]) => ({ date, value }));
}

function weekStart(date: string): string {
  const day = fromIsoDate(date);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/** At most MAX_SERIES_POINTS points: days, else weeks, else months. */
export function fitSeries(points: Point[], stock: boolean): Point[] {
  if (points.length <= MAX_SERIES_POINTS) return points;
  const weeks = bucket(points, weekStart, stock);
  if (weeks.length <= MAX_SERIES_POINTS) return weeks;
  return bucket(points, (date) => `${date.slice(0, 7)}-01`, stock).slice(-MAX_SERIES_POINTS);
}

/** One metric per mapped field over every chosen per-day table. */
export function buildCampaignMetrics(rows: readonly MappedRow[]): MetricRecord[] {
  const byField = new Map<MetricField, Map<string, number>>();
  for (const row of rows) {
    if (!row.date) continue;
    for (const field of metricFields) {
      const value = row.values[field];
      if (value === undefined) continue;
      const days = byField.get(field) ?? new Map<string, number>();
      const { stock } = campaignMetricOf[field];
      days.set(row.date, stock ? value : (days.get(row.date) ?? 0) + value);
      byField.set(field, days);
    }
  }
  const metrics: MetricRecord[] = [];
  for (const field of metricFields) {
    const days = byField.get(field);
    if (!days || days.size === 0) continue;
    const points = [...days].map(([date, value]) => ({ date, value })).sort((a, b) => a.date.localeCompare(b.date));
    const { kind, customName = "", stock = false } = campaignMetricOf[field];
    const first = points[0]!;
    const last = points[points.length - 1]!;
    metrics.push({
      kind,
      customName,
      value: stock ? last.value : points.reduce((sum, point) => sum + point.value, 0),
      baseline: stock ? first.value : null,
      periodStart: first.date,
      periodEnd: last.date,
      series: fitSeries(points, stock),
    });
  }
  return metrics;
}

/** Earliest and latest date of the rows. */
export function rangeOf(rows: readonly MappedRow[]): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const row of rows) {
    if (!row.date) continue;
    if (!from || row.date < from) from = row.date;
    if (!to || row.date > to) to = row.date;
  }
  return from && to ? { from, to } : null;
}
