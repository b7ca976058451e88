import type { MetadataRoute } from "next";
import { sitemapEntries } from "@/lib/seo/sitemap";

// Read on each request (one query): an unpublished portfolio leaves the sitemap at once.
export const dynamic = "force-dynamic";

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries();
}
