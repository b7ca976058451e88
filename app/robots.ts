import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site";

// The site's address comes from the environment at run time, not at build time.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: ["/", "/api/media/"],
      // Private screens, the API and share links (which also send X-Robots-Tag: noindex).
      disallow: ["/dashboard", "/settings", "/api/", "/s/"],
    },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
