// The one place numbers, percents, money and dates become text, in any of our
// locales: Intl does the work (never a hand-written pattern), so Latvian gets
// "1 234 567,89" (no-break space), "3,5%", "1234,50 €" and "2026. gada 5. marts".
// The metric formatters (lib/metrics/format.ts) and calendar-day formatters
// (lib/date-formats.ts) take the locale the same way and are re-exported here.
import { fromIsoDate } from "@/lib/dates";

export { formatCount, formatCompact, formatPercent, formatSignedPercent, formatMoney, formatFigure, formatMetricValue } from "@/lib/metrics/format";
export { formatDay, formatShortDay, formatMonth, formatLongMonth, formatRange, formatYear, weekdayNames } from "@/lib/date-formats";

const cache = new Map<string, Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.DateTimeFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

function dayOf(value: string | Date): Date {
  return typeof value === "string" ? fromIsoDate(value.slice(0, 10)) : value;
}

/** A calendar day written out: "5 March 2026", "2026. gada 5. marts". */
export function formatLongDate(value: string | Date, locale: string): string {
  return cached(`long|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" })).format(dayOf(value));
}

/**
 * A calendar day in digits: "03/05/2026" in English, "05.03.2026." in Latvian
 * (the ordinal dot after the year is Latvian usage that CLDR leaves out).
 */
export function formatNumericDate(value: string | Date, locale: string): string {
  const text = cached(
    `numeric|${locale}`,
    () => new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }),
  ).format(dayOf(value));
  return locale.split("-")[0] === "lv" && !text.endsWith(".") ? `${text}.` : text;
}

/** The CLDR plural category of `n` ("zero" in Latvian covers 0, 10–20, 30, 100…; use `=0` for "none"). */
export function pluralCategory(n: number, locale: string): Intl.LDMLPluralRule {
  return cached(`plural|${locale}`, () => new Intl.PluralRules(locale)).select(n);
}
