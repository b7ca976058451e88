import type { FormatSpec } from "./types";

/** Meta Business Suite → Content → Export, Instagram posts. "Date" holds "Lifetime". */
export const instagramPosts: FormatSpec = {
  id: "instagram-posts",
  platform: "INSTAGRAM",
  grain: "post",
  required: ["post id", "account username", "publish time", "permalink"],
  sampleFormat: "IMAGE_POST",
  columns: {
    description: "caption",
    "publish time": "date",
    permalink: "link",
    "post type": "postType",
    date: "ignore",
    views: "views",
    reach: "reach",
    likes: "likes",
    shares: "shares",
    follows: "follows",
    comments: "comments",
    saves: "saves",
  },
};

/** The same export for a Facebook Page. Older files lack Views and Reach. */
export const facebookPosts: FormatSpec = {
  id: "facebook-posts",
  platform: "FACEBOOK",
  grain: "post",
  required: ["post id", "page id", "publish time", "permalink"],
  sampleFormat: "TEXT_POST",
  columns: {
    title: "title",
    description: "caption",
    "publish time": "date",
    permalink: "link",
    "post type": "postType",
    date: "ignore",
    views: "views",
    reach: "reach",
    "reactions, comments and shares": "engagements",
    reactions: "likes",
    comments: "comments",
    shares: "shares",
    "total clicks": "clicks",
  },
};

/** Page-level metric files: UTF-16 with `sep=,`, a metric-name line, then "Date,Primary". */
export const metaPageMetric: FormatSpec = {
  id: "meta-page-metric",
  platform: "FACEBOOK",
  grain: "day",
  required: ["date", "primary"],
  metricNameLine: true,
  columns: { date: "date" },
};
