import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { coveredCodePoints, drawableText } from "@/lib/seo/og-fonts";

describe("preview-image font", () => {
  it("covers Latin, Latin Extended-A (Latvian) and the card's punctuation", () => {
    const covered = coveredCodePoints(readFileSync("lib/seo/fonts/Geist-Regular.ttf"));
    const needed = "AZaz09 āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ äöüßéñçøå ąęłńśźżőű ·…–—€$£%+,.:@/";
    expect([...needed].filter((char) => !covered.has(char.codePointAt(0)!))).toEqual([]);
    expect(covered.has(0x1f680)).toBe(false);
  });

  it("drops whole emoji graphemes (skin tones, joiners, flags, keycaps) and other scripts, keeps Latvian", () => {
    expect(drawableText("🚀 Līga Bērziņa 👩🏽‍💻")).toBe("Līga Bērziņa");
    expect(drawableText("Rīga 🇱🇻 ✨ 1️⃣ ok")).toBe("Rīga ok");
    expect(drawableText("Ķekava 東京 Ļ")).toBe("Ķekava Ļ");
    expect(drawableText("🎉")).toBe("");
  });
});
