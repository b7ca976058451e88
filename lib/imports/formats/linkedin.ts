import type { FormatSpec } from "./types";

// The Page content export workbook: a note on row 1, headers on row 2.

export const linkedinPagePosts: FormatSpec = {
  id: "linkedin-page-posts",
  platform: "LINKEDIN",
  grain: "post",
  required: ["post title", "post link", "created date"],
  sampleFormat: "TEXT_POST",
  columns: {
    "post title": "caption",
    "post link": "link",
    "post type": "ignore",
    "created date": "date",
    impressions: "impressions",
    views: "views",
    clicks: "clicks",
    "click through rate (ctr)": "ignore",
    likes: "likes",
    comments: "comments",
    reposts: "shares",
    follows: "follows",
    "engagement rate": "ignore",
    "content type": "postType",
  },
};

export const linkedinPageDaily: FormatSpec = {
  id: "linkedin-page-daily",
  platform: "LINKEDIN",
  grain: "day",
  required: ["date", "impressions (total)"],
  columns: {
    date: "date",
    "impressions (total)": "impressions",
    "unique impressions (organic)": "reach",
    "clicks (total)": "clicks",
    "reactions (total)": "likes",
    "comments (total)": "comments",
    "reposts (total)": "shares",
  },
};
