import { describe, expect, it } from "vitest";
import { findChromium } from "@/lib/pdf/chromium-path";

describe("findChromium", () => {
  const only =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path);

  it("prefers an explicit path, then a system Chromium, then Playwright's own", () => {
    const bundled = () => "/pw/chrome";
    expect(findChromium({ explicit: ["/opt/chrome"], bundled, exists: only("/opt/chrome", "/usr/bin/chromium", "/pw/chrome") })).toBe("/opt/chrome");
    expect(findChromium({ explicit: [undefined, "/missing"], bundled, exists: only("/usr/bin/chromium", "/pw/chrome") })).toBe("/usr/bin/chromium");
    expect(findChromium({ bundled, exists: only("/pw/chrome") })).toBe("/pw/chrome");
  });

  it("is undefined when nothing exists, even if Playwright's lookup throws", () => {
    const bundled = () => {
      throw new Error("unsupported platform");
    };
    expect(findChromium({ explicit: ["/missing"], bundled, exists: () => false })).toBeUndefined();
  });
});
