import { fromIsoDate as toUtcDate } from "@/lib/dates";

// Date formatting for the public page and its charts. Stored dates are calendar days
// ("YYYY-MM-DD"), so they are formatted in UTC: no visitor sees a day shift.

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    cache.set(key, f);
  }
  return f;
}

/** "12 Mar 2026" style, in the locale's order. */
export function formatDay(iso: string, locale: string): string {
  return formatter(locale, { day: "numeric", month: "short", year: "numeric" }).format(toUtcDate(iso));
}

/** "12 Mar", for date axes within one season. */
export function formatShortDay(iso: string, locale: string): string {
  return formatter(locale, { day: "numeric", month: "short" }).format(toUtcDate(iso));
}

/** "2026". */
export function formatYear(iso: string, locale: string): string {
  return formatter(locale, { year: "numeric" }).format(toUtcDate(iso));
}

/** "Mar 2026". */
export function formatMonth(iso: string, locale: string): string {
  return formatter(locale, { month: "short", year: "numeric" }).format(toUtcDate(iso));
}

/** "March 2026", for calendar captions. */
export function formatLongMonth(iso: string, locale: string): string {
  return formatter(locale, { month: "long", year: "numeric" }).format(toUtcDate(iso));
}

/** "2 Mar – 24 May 2026"; a single day when there is no end. */
export function formatRange(start: string, end: string | null, locale: string): string {
  if (!end || end === start) return formatDay(start, locale);
  return formatter(locale, { day: "numeric", month: "short", year: "numeric" }).formatRange(toUtcDate(start), toUtcDate(end));
}

/** "Mon", "Tue", … starting on Monday. */
export function weekdayNames(locale: string, width: "short" | "long" = "short"): string[] {
  const f = formatter(locale, { weekday: width });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2024, 0, 1 + i))));
}
