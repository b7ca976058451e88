import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import {
  formatCompact,
  formatCount,
  formatDay,
  formatLongDate,
  formatMoney,
  formatNumericDate,
  formatPercent,
  formatSignedPercent,
  pluralCategory,
} from "@/lib/i18n/format";
import { localeFromAcceptLanguage, locales } from "@/lib/i18n/config";
import { messagesFor } from "@/lib/i18n/messages";
import en from "@/lib/i18n/messages/en";

const NBSP = "\u00a0";

describe("formatting in Latvian and English (lib/i18n/format.ts)", () => {
  it("both languages are offered", () => {
    expect(locales).toEqual(["en", "lv"]);
  });

  it("numbers: Latvian groups with a no-break space and uses a decimal comma", () => {
    expect(formatCount(1234567.89, "lv")).toBe(`1${NBSP}234${NBSP}567,89`);
    expect(formatCount(12400, "lv")).toBe(`12${NBSP}400`);
    expect(formatCount(1234.5, "lv")).toBe("1234,5"); // four digits are not grouped in Latvian
    expect(formatCount(1234567.89, "en")).toBe("1,234,567.89");
    expect(formatCompact(12400, "lv")).toBe(`12,4${NBSP}tūkst.`);
    expect(formatCompact(12400, "en")).toBe("12.4K");
  });

  it("percents", () => {
    expect(formatPercent(0.035, "lv")).toBe("3,5%");
    expect(formatPercent(0.035, "en")).toBe("3.5%");
    expect(formatSignedPercent(-0.12, "lv")).toBe("\u221212,0%");
  });

  it("money: the euro after the amount in Latvian", () => {
    expect(formatMoney(1234.5, "EUR", "lv")).toBe(`1234,50${NBSP}€`);
    expect(formatMoney(12500, "EUR", "lv")).toBe(`12${NBSP}500${NBSP}€`);
    expect(formatMoney(1234.5, "EUR", "en")).toBe("€1,234.50");
  });

  it("dates", () => {
    expect(formatLongDate("2026-03-05", "lv")).toBe("2026. gada 5. marts");
    expect(formatLongDate("2026-03-05", "en")).toBe("March 5, 2026");
    expect(formatNumericDate("2026-03-05", "lv")).toBe("05.03.2026.");
    expect(formatNumericDate("2026-03-05", "en")).toBe("03/05/2026");
    expect(formatDay("2026-03-05", "lv")).toBe("2026. g. 5. marts");
  });

  it("plural categories follow CLDR: Latvian 'zero' covers 10–20 and 111, not only 0", () => {
    const lv = [0, 1, 2, 10, 11, 21, 111].map((n) => pluralCategory(n, "lv"));
    expect(lv).toEqual(["zero", "one", "other", "zero", "zero", "one", "zero"]);
    const english = [0, 1, 2, 10, 11, 21, 111].map((n) => pluralCategory(n, "en"));
    expect(english).toEqual(["other", "one", "other", "other", "other", "other", "other"]);
  });

  it("next-intl selects the Latvian plural branch, =0 before zero", () => {
    const t = createTranslator({
      locale: "lv",
      messages: { m: { items: "{count, plural, =0 {nav ierakstu} zero {# ierakstu} one {# ieraksts} other {# ieraksti}}" } },
    });
    expect([0, 1, 2, 10, 11, 21, 111].map((count) => t("m.items", { count }))).toEqual([
      "nav ierakstu",
      "1 ieraksts",
      "2 ieraksti",
      "10 ierakstu",
      "11 ierakstu",
      "21 ieraksts",
      "111 ierakstu",
    ]);
  });

  it("Accept-Language picks the best language we have", () => {
    expect(localeFromAcceptLanguage("lv-LV,lv;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("lv");
    expect(localeFromAcceptLanguage("de-DE,en;q=0.5,lv;q=0.9")).toBe("lv");
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage("de,fr")).toBeNull();
    expect(localeFromAcceptLanguage("lv;q=0,en")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBeNull();
  });

  it("Latvian messages fall back to English per key until translated", () => {
    const lv = messagesFor("lv");
    expect(lv.language.switcher.label).toBe("Valoda");
    expect(Object.keys(lv).sort()).toEqual(Object.keys(en).sort());
    expect(lv.landing.title).toBeTypeOf("string");
  });
});
