import type { FormatSpec } from "./types";

// TikTok Studio's exports carry dates without a year ("28 August"): the preview asks for it.

export const tiktokContent: FormatSpec = {
  id: "tiktok-content",
  platform: "TIKTOK",
  grain: "post",
  required: ["video title", "video link", "post time"],
  sampleFormat: "SHORT_VIDEO",
  columns: {
    time: "ignore", // the day of the export, not of the post
    "video title": "title",
    "video link": "link",
    "post time": "date",
    "total likes": "likes",
    "total comments": "comments",
    "total shares": "shares",
    "total views": "views",
  },
};

export const tiktokOverview: FormatSpec = {
  id: "tiktok-overview",
  platform: "TIKTOK",
  grain: "day",
  required: ["date", "video views", "profile views"],
  columns: {
    date: "date",
    "video views": "views",
    "profile views": "profileVisits",
    likes: "likes",
    comments: "comments",
    shares: "shares",
  },
};

export const tiktokFollowers: FormatSpec = {
  id: "tiktok-followers",
  platform: "TIKTOK",
  grain: "day",
  required: ["date", "followers", "difference in followers from previous day"],
  columns: { date: "date", followers: "followers", "difference in followers from previous day": "ignore" },
};
