import type { FormatSpec } from "./types";

const promoted = Object.fromEntries(
  [
    "impressions",
    "engagements",
    "engagement rate",
    "retweets",
    "replies",
    "likes",
    "user profile clicks",
    "url clicks",
    "hashtag clicks",
    "detail expands",
    "permalink clicks",
    "app opens",
    "app installs",
    "follows",
    "email tweet",
    "dial phone",
    "media views",
    "media engagements",
  ].map((name) => [`promoted ${name}`, "ignore" as const]),
);

/** The legacy "Tweet activity" CSV (tweet_activity_metrics_*.csv), one row per post. */
export const xTweetActivity: FormatSpec = {
  id: "x-tweet-activity",
  platform: "X",
  grain: "post",
  required: ["tweet id", "tweet permalink", "time", "impressions"],
  sampleFormat: "TEXT_POST",
  columns: {
    "tweet id": "ignore", // spreadsheets turn it into 1.23457E+18: the permalink is the reliable id
    "tweet permalink": "link",
    "tweet text": "caption",
    time: "date",
    impressions: "impressions",
    engagements: "engagements",
    "engagement rate": "ignore", // computed by lib/metrics from the raw numbers
    retweets: "shares",
    replies: "comments",
    likes: "likes",
    "user profile clicks": "profileVisits",
    "url clicks": "clicks",
    follows: "follows",
    "media views": "views",
    ...promoted,
  },
};

/** The current account_analytics_content_*.csv, one row per post. */
export const xContent: FormatSpec = {
  id: "x-content",
  platform: "X",
  grain: "post",
  required: ["post id", "date", "post link", "impressions"],
  sampleFormat: "TEXT_POST",
  columns: {
    "post id": "ignore",
    date: "date",
    "post text": "caption",
    "post link": "link",
    impressions: "impressions",
    likes: "likes",
    engagements: "engagements",
    bookmarks: "saves",
    shares: "shares",
    "new follows": "follows",
    replies: "comments",
    reposts: "shares",
    "profile visits": "profileVisits",
    "url clicks": "clicks",
  },
};

/** The current account_overview_analytics.csv, one row per day. */
export const xOverview: FormatSpec = {
  id: "x-overview",
  platform: "X",
  grain: "day",
  required: ["date", "impressions", "new follows", "create post"],
  columns: {
    date: "date",
    impressions: "impressions",
    engagements: "engagements",
    likes: "likes",
    replies: "comments",
    reposts: "shares",
    "new follows": "follows",
    bookmarks: "saves",
    shares: "shares",
    "profile visits": "profileVisits",
    "video views": "views",
  },
};
