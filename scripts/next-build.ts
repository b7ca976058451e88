import { existsSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * Whether `distDir` holds a build that finished. Next writes BUILD_ID before
 * prerendering; a build that then fails leaves it behind, and `next start`
 * crashes on the missing manifests. The prerender manifest is written only at
 * the end.
 */
export function hasFinishedBuild(distDir: string): boolean {
  return ["BUILD_ID", "prerender-manifest.json"].every((file) => existsSync(path.join(distDir, file)));
}

/**
 * What a running server caches on disk, beside the build: rendered pages
 * (`server/route-cache`), `unstable_cache` data (`cache/fetch-cache`) and
 * optimized images, for `next start` and, under `dev/`, for `next dev`.
 * It outlives the process, but not what it was read from: a start against
 * another database (`npm test`'s end-to-end run builds into the same folder
 * with its own data) would serve that database's pages and media ids as
 * current. The build itself, and Turbopack's build cache, stay.
 */
export const RUNTIME_CACHE_DIRS = ["server/route-cache", "cache/fetch-cache", "cache/images"].flatMap((dir) => [dir, `dev/${dir}`]);

/** Removes the runtime caches of `distDir` (see RUNTIME_CACHE_DIRS); every start then renders from its own database. */
export function clearRuntimeCaches(distDir: string): void {
  for (const dir of RUNTIME_CACHE_DIRS) rmSync(path.join(distDir, dir), { recursive: true, force: true });
}
