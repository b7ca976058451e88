import { describe, expect, it } from "vitest";
import { AA_TEXT, contrastRatio } from "@/lib/public/contrast";
import { themeNames, themePalettes } from "@/lib/public/themes";

describe("theme palettes", () => {
  for (const theme of themeNames) {
    it(`${theme}: every text colour meets AA on the background and on surfaces`, () => {
      const p = themePalettes[theme];
      for (const text of ["fg", "muted", "success", "danger", "warning"] as const) {
        for (const background of ["bg", "surface"] as const) {
          expect(contrastRatio(p[text], p[background]), `${text} on ${background}`).toBeGreaterThanOrEqual(AA_TEXT);
        }
      }
    });
  }
});
