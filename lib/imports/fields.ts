// Our side of the mapping: the fields an export column can be mapped to, and how each lands in
// a campaign metric (lib/metrics kinds) or a content sample's per-post numbers.
import type { MetricKindName } from "@/lib/metrics/formulas";
import type { PostNumberField } from "@/lib/samples/schema";

export const metricFields = [
  "impressions",
  "reach",
  "views",
  "likes",
  "comments",
  "shares",
  "saves",
  "clicks",
  "engagements",
  "follows",
  "followers",
  "profileVisits",
  "spend",
  "revenue",
  "sessions",
  "keyEvents",
  "watchTimeHours",
] as const;
export type MetricField = (typeof metricFields)[number];

export const textFields = ["date", "title", "caption", "link", "postType"] as const;
export type TextField = (typeof textFields)[number];

export const importFields = [...textFields, ...metricFields, "ignore"] as const;
export type ImportField = (typeof importFields)[number];

const metricFieldSet: ReadonlySet<string> = new Set(metricFields);

export function isMetricField(field: ImportField): field is MetricField {
  return metricFieldSet.has(field);
}

/**
 * How a field becomes a campaign metric. Stocks (followers) take the last day's value with the
 * first day's as the baseline; flows are summed over the range. Fields without a kind of their
 * own become CUSTOM metrics under `customName` (the name as the platform's column says it).
 */
export const campaignMetricOf: Record<MetricField, { kind: MetricKindName; customName?: string; stock?: true }> = {
  impressions: { kind: "IMPRESSIONS" },
  reach: { kind: "REACH" },
  views: { kind: "VIDEO_VIEWS" },
  likes: { kind: "LIKES" },
  comments: { kind: "COMMENTS" },
  shares: { kind: "SHARES" },
  saves: { kind: "SAVES" },
  clicks: { kind: "CLICKS" },
  engagements: { kind: "ENGAGEMENTS" },
  follows: { kind: "CUSTOM", customName: "New follows" },
  followers: { kind: "FOLLOWERS", stock: true },
  profileVisits: { kind: "CUSTOM", customName: "Profile visits" },
  spend: { kind: "AD_SPEND" },
  revenue: { kind: "REVENUE" },
  sessions: { kind: "CUSTOM", customName: "Sessions" },
  keyEvents: { kind: "CONVERSIONS" },
  watchTimeHours: { kind: "CUSTOM", customName: "Watch time (hours)" },
};

/** The sample number a field fills (a post has no stock or money figures). */
export const sampleNumberOf: Partial<Record<MetricField, PostNumberField>> = {
  reach: "reach",
  impressions: "impressions",
  likes: "likes",
  comments: "comments",
  shares: "shares",
  saves: "saves",
  views: "views",
  clicks: "clicks",
};
