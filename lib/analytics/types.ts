import type { DeviceClass } from "@/lib/db/generated/enums";

/** What a view was of: the page, a case study (by slug) or a document (by id). */
export type ViewTarget = "page" | `case-study:${string}` | `document:${string}`;

/** Where a view came from: the public page (by handle) or a share link (by token). */
export type ViewSource = { handle: string; token?: undefined } | { token: string; handle?: undefined };

/** The request facts recording needs; read from the beacon request by the route handler. */
export type ViewRequest = {
  headers: Pick<Headers, "get">;
  ip: string;
  /** The signed-in user's id, when the request carries a session. */
  viewerUserId: string | null;
  /** The page's own referrer (document.referrer), sent by the beacon. */
  referrer: string | null;
  now?: Date;
};

export type RecordOutcome =
  | { counted: true; viewId: string; firstOpenOfLink: boolean }
  | { counted: false; reason: "bot" | "prefetch" | "owner" | "not-found" | "inactive" | "bad-target" | "repeat" | "rate-limited" };

export type DailyPoint = { day: string; views: number; visitors: number };

export type LinkStats = {
  linkId: string | null;
  views: number;
  visitors: number;
  /** Distinct targets opened, e.g. "case-study:launch" → 2 views. */
  targets: { target: string; views: number }[];
};

export type AnalyticsOverview = {
  days: DailyPoint[];
  totals: { views: number; visitors: number; publicViews: number; linkViews: number };
  perLink: Record<string, LinkStats>;
  devices: Record<DeviceClass, number>;
  referrers: { host: string; views: number }[];
  analyticsSeenAt: string | null;
};
