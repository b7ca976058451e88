import type { FormatSpec } from "./types";

// YouTube Studio → Advanced mode → Export. "Table data.csv" starts with a "Total" row.

export const youtubeTable: FormatSpec = {
  id: "youtube-table",
  platform: "YOUTUBE",
  grain: "post",
  required: ["content", "video title", "video publish time"],
  sampleFormat: "SHORT_VIDEO",
  columns: {
    content: "ignore",
    "video title": "title",
    "video publish time": "date",
    duration: "ignore",
    views: "views",
    "watch time (hours)": "ignore",
    subscribers: "follows",
    impressions: "impressions",
    "impressions click-through rate (%)": "ignore",
    "average view duration": "ignore",
    likes: "likes",
    comments: "comments",
    shares: "shares",
  },
};

export const youtubeChart: FormatSpec = {
  id: "youtube-chart",
  platform: "YOUTUBE",
  grain: "day",
  required: ["date", "views"],
  anyOf: ["watch time (hours)", "subscribers", "impressions click-through rate (%)"],
  columns: {
    date: "date",
    views: "views",
    "watch time (hours)": "watchTimeHours",
    subscribers: "follows",
    impressions: "impressions",
    "impressions click-through rate (%)": "ignore",
  },
};
