import type { FormatSpec } from "./types";

// Google Analytics 4 report and exploration CSVs (a `#` preamble with start and end date;
// explorations add a "Grand total" row). "Conversions" is the older name of "Key events".

export const ga4Daily: FormatSpec = {
  id: "ga4-daily",
  platform: "OTHER",
  grain: "day",
  required: ["date"],
  anyOf: ["sessions", "key events", "conversions", "total users", "active users"],
  columns: {
    date: "date",
    sessions: "sessions",
    "key events": "keyEvents",
    conversions: "keyEvents",
    "total revenue": "revenue",
    "purchase revenue": "revenue",
    "total users": "ignore",
    "active users": "ignore",
    views: "ignore", // page views, not video views
  },
};
