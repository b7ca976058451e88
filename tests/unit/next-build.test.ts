import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { RUNTIME_CACHE_DIRS, clearRuntimeCaches, hasFinishedBuild } from "../../scripts/next-build";

describe("hasFinishedBuild", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const distDir = (...files: string[]) => {
    const dir = mkdtempSync(path.join(tmpdir(), "postfolio-dist-"));
    dirs.push(dir);
    for (const file of files) writeFileSync(path.join(dir, file), "{}");
    return dir;
  };

  it("is false for no build and for a build that failed after writing BUILD_ID", () => {
    expect(hasFinishedBuild(path.join(tmpdir(), "postfolio-no-such-dist"))).toBe(false);
    expect(hasFinishedBuild(distDir("BUILD_ID"))).toBe(false);
  });

  it("is true once the prerender manifest is written", () => {
    expect(hasFinishedBuild(distDir("BUILD_ID", "prerender-manifest.json"))).toBe(true);
  });
});

describe("clearRuntimeCaches", () => {
  it("removes rendered pages and cached data of `next start` and `next dev`, and keeps the build", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "postfolio-dist-"));
    try {
      const build = ["BUILD_ID", "server/app/page.js", "cache/turbopack/0001.sst", "static/chunks/main.js"];
      const cached = ["server/route-cache/APP_PAGE/abc/$/demo.html", "cache/fetch-cache/0123", "cache/images/x/y.webp", "dev/cache/fetch-cache/0123"];
      for (const file of [...build, ...cached]) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), "x");
      }
      clearRuntimeCaches(dir);
      expect(build.filter((file) => !existsSync(path.join(dir, file)))).toEqual([]);
      expect(cached.filter((file) => existsSync(path.join(dir, file)))).toEqual([]);
      expect(RUNTIME_CACHE_DIRS.filter((sub) => existsSync(path.join(dir, sub)))).toEqual([]);
      // Nothing to clear is not an error.
      expect(() => clearRuntimeCaches(path.join(dir, "missing"))).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
