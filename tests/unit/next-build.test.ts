import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { hasFinishedBuild } from "../../scripts/next-build";

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
