import type { ImportField } from "../fields";
import { ga4Daily } from "./ga4";
import { linkedinPageDaily, linkedinPagePosts } from "./linkedin";
import { facebookPosts, instagramPosts, metaPageMetric } from "./meta";
import { tiktokContent, tiktokFollowers, tiktokOverview } from "./tiktok";
import type { FormatSpec } from "./types";
import { xContent, xOverview, xTweetActivity } from "./x";
import { youtubeChart, youtubeTable } from "./youtube";

export type { FormatSpec, Grain } from "./types";

/** Every report we recognise; the most specific match (most known headers) wins. */
export const formatSpecs: readonly FormatSpec[] = [
  xTweetActivity,
  xContent,
  xOverview,
  instagramPosts,
  facebookPosts,
  metaPageMetric,
  tiktokContent,
  tiktokOverview,
  tiktokFollowers,
  linkedinPagePosts,
  linkedinPageDaily,
  youtubeTable,
  youtubeChart,
  ga4Daily,
];

export type FormatId = (typeof formatSpecs)[number]["id"];

export function formatById(id: string): FormatSpec | undefined {
  return formatSpecs.find((spec) => spec.id === id);
}

/** Lower case, single spaces, no BOM or stray quotes: how headers are compared. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .replace(/^"|"$/g, "")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();
}

/** Our field for a metric's name (Meta page files name the metric of their "Primary" column). */
export function genericField(header: string): ImportField {
  const h = normalizeHeader(header);
  const rules: [RegExp, ImportField][] = [
    [/^date$|^day$/, "date"],
    [/unique impressions|reach/, "reach"],
    [/impressions/, "impressions"],
    [/video views|^views$|plays/, "views"],
    [/^likes$|reactions/, "likes"],
    [/^comments$/, "comments"],
    [/^shares$|reposts|retweets/, "shares"],
    [/^saves$|bookmarks/, "saves"],
    [/link clicks|^clicks$|url clicks/, "clicks"],
    [/engagements|interactions/, "engagements"],
    [/new follow|^follows$|new followers/, "follows"],
    [/^followers$/, "followers"],
    [/profile visits|page visits|^visits$/, "profileVisits"],
    [/spend|amount spent/, "spend"],
    [/revenue/, "revenue"],
    [/^sessions$/, "sessions"],
    [/key events|conversions/, "keyEvents"],
  ];
  for (const [pattern, field] of rules) if (pattern.test(h)) return field;
  return "ignore";
}

export type HeaderMatch = { spec: FormatSpec; score: number };

/** The report these headers belong to, or null. Never looks at a file name. */
export function matchHeaders(headers: readonly string[]): HeaderMatch | null {
  const present = new Set(headers.map(normalizeHeader));
  let best: HeaderMatch | null = null;
  for (const spec of formatSpecs) {
    if (!spec.required.every((header) => present.has(header))) continue;
    if (spec.anyOf && !spec.anyOf.some((header) => present.has(header))) continue;
    const score = spec.required.length * 10 + Object.keys(spec.columns).filter((header) => present.has(header)).length;
    if (!best || score > best.score) best = { spec, score };
  }
  return best;
}

/** The default field of each column of a recognised report. */
export function defaultMapping(spec: FormatSpec, headers: readonly string[], metricName?: string): ImportField[] {
  const seen = new Set<ImportField>();
  return headers.map((header) => {
    const h = normalizeHeader(header);
    // The report's own columns are authoritative; the rest start as "ignore" (the user may map them).
    let field: ImportField = spec.columns[h] ?? (h === "primary" && metricName ? genericField(metricName) : "ignore");
    // One date column: later "date"-looking columns are ignored.
    if (field === "date" && seen.has("date")) field = "ignore";
    seen.add(field);
    return field;
  });
}
