import { describe, expect, it } from "vitest";
import { AA_TEXT, accentPalette, contrastRatio, ensureContrast, mix, parseHex, readableOn, relativeLuminance } from "@/lib/public/contrast";
import { themeNames, themePalettes, themeVariables } from "@/lib/public/themes";

describe("WCAG math", () => {
  it("parses 3- and 6-digit hex and rejects the rest", () => {
    expect(parseHex("#4338ca")).toEqual({ r: 0x43, g: 0x38, b: 0xca });
    expect(parseHex("fff")).toEqual({ r: 255, g: 255, b: 255 });
    expect(parseHex("#12345")).toBeNull();
    expect(parseHex("red")).toBeNull();
  });

  it("computes relative luminance and contrast ratio like the spec", () => {
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 5);
    expect(relativeLuminance("#000000")).toBe(0);
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
    // Well-known reference values.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#4338ca", "#ffffff")).toBeGreaterThan(7);
  });

  it("mixes colours per channel", () => {
    expect(mix("#000000", "#ffffff", 0.5)).toBe("#808080");
    expect(mix("#123456", "#ffffff", 0)).toBe("#123456");
  });

  it("picks black or white text, whichever passes AA on the fill", () => {
    expect(readableOn("#ffff00")).toBe("#000000");
    expect(readableOn("#1e3a8a")).toBe("#ffffff");
    for (const fill of ["#777777", "#ff0000", "#00ff00", "#0000ff", "#808080", "#4338ca", "#facc15"]) {
      expect(contrastRatio(fill, readableOn(fill))).toBeGreaterThanOrEqual(AA_TEXT);
    }
  });

  it("leaves passing colours alone and darkens or lightens failing ones until they pass", () => {
    expect(ensureContrast("#4338ca", ["#ffffff"])).toBe("#4338ca");
    const onWhite = ensureContrast("#ffd400", ["#ffffff"]);
    expect(contrastRatio(onWhite, "#ffffff")).toBeGreaterThanOrEqual(AA_TEXT);
    expect(relativeLuminance(onWhite)).toBeLessThan(relativeLuminance("#ffd400"));
    const onBlack = ensureContrast("#1e1b4b", ["#0b0b0e"]);
    expect(contrastRatio(onBlack, "#0b0b0e")).toBeGreaterThanOrEqual(AA_TEXT);
    expect(relativeLuminance(onBlack)).toBeGreaterThan(relativeLuminance("#1e1b4b"));
  });
});

describe("accent palettes in every theme", () => {
  const accents = ["#4338ca", "#ffff00", "#ffffff", "#000000", "#0f766e", "#be123c", "#7dd3fc", "#808080", "#ff00ff"];
  for (const theme of themeNames) {
    it(`keeps accent text, accent fills and tints AA in ${theme}`, () => {
      const { bg, surface } = themePalettes[theme];
      for (const accent of accents) {
        const palette = accentPalette(accent, bg, surface);
        expect(contrastRatio(palette.accent, bg), `${accent} on bg`).toBeGreaterThanOrEqual(AA_TEXT);
        expect(contrastRatio(palette.accent, surface), `${accent} on surface`).toBeGreaterThanOrEqual(AA_TEXT);
        expect(contrastRatio(palette.accent, palette.accentSoft), `${accent} on its tint`).toBeGreaterThanOrEqual(AA_TEXT);
        expect(contrastRatio(palette.accentFg, palette.accent), `text on ${accent}`).toBeGreaterThanOrEqual(AA_TEXT);
      }
    });
  }

  it("falls back to the default accent for an invalid colour", () => {
    expect(themeVariables("LIGHT", "nonsense")["--color-accent"]).toBe("#4338ca");
  });
});
