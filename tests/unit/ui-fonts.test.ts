import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { woff2CmapAsSfnt } from "@/tests/support/woff2";

vi.mock("server-only", () => ({}));
const { coveredCodePoints } = await import("@/lib/seo/og-fonts");

// Issue #17: Latvian letters must be drawn by our fonts, not left to whatever the reader's (or the PDF
// printer's) system has. The app, its reading pages and the PDF (Chromium printing a reading page) all
// use the Inter files app/layout.tsx loads; the preview image uses lib/seo/fonts (tests/unit/og-fonts.test.ts).
const LATVIAN = "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ";
const LATIN = "AZaz09 €%.,:;!?()";

function missing(text: string, covered: Set<number>): string[] {
  return [...text].filter((char) => !covered.has(char.codePointAt(0)!));
}

/** Every font file app/layout.tsx hands next/font/local (its src must be literal, so it is read from the source). */
function layoutFontFiles(): string[] {
  const source = readFileSync("app/layout.tsx", "utf8");
  return [...source.matchAll(/src: "\.\.\/([^"]+\.woff2)"/g)].map((match) => match[1]!);
}

describe("the app's font covers Latvian", () => {
  it("the layout's Inter files together cover Latin and every Latvian letter", () => {
    const files = layoutFontFiles();
    expect(files.length).toBeGreaterThan(0);
    const covered = new Set<number>();
    for (const file of files) for (const code of coveredCodePoints(woff2CmapAsSfnt(readFileSync(file)))) covered.add(code);
    expect(missing(LATIN, covered)).toEqual([]);
    expect(missing(LATVIAN, covered)).toEqual([]);
  });

  it("reads a WOFF2 cmap right: Inter's latin subset alone has no Latvian letters", () => {
    const latin = coveredCodePoints(woff2CmapAsSfnt(readFileSync("node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2")));
    expect(missing(LATIN, latin)).toEqual([]);
    expect(missing(LATVIAN, latin)).toEqual([...LATVIAN]);
  });

  it("the preview image's font covers every Latvian letter", () => {
    expect(missing(LATVIAN + LATIN, coveredCodePoints(readFileSync("lib/seo/fonts/Geist-Regular.ttf")))).toEqual([]);
  });
});
