import { existsSync } from "node:fs";
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
