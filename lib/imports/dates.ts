// Dates as exports write them: "2021-11-30 16:00 +0000", "Tue, Jul 14, 2026", "Oct 3, 2026",
// "03/25/2025 22:00" (US), "20260301" (GA4), "05.03.2026" (European), and TikTok's year-less
// "28 August" / "18 января" in the interface language, for which the user gives the year.

export type ParsedDate = { kind: "date"; iso: string } | { kind: "noYear"; month: number; day: number } | { kind: "empty" } | { kind: "invalid" };

const LOCALES = ["en", "ru", "uk", "lv", "lt", "et", "de", "fr", "es", "it", "pt", "pl", "nl", "sv", "tr"];

/** Month names (long, short, genitive) in the languages TikTok and Excel most often write → 1..12. */
const MONTHS: Map<string, number> = (() => {
  const map = new Map<string, number>();
  const add = (name: string, month: number) => {
    const key = name.toLowerCase().replace(/\.$/, "").trim();
    if (key && !/\d/.test(key) && !map.has(key)) map.set(key, month);
  };
  for (const locale of LOCALES) {
    for (let m = 0; m < 12; m++) {
      const date = new Date(Date.UTC(2026, m, 15));
      for (const month of ["long", "short"] as const) {
        add(new Intl.DateTimeFormat(locale, { month, timeZone: "UTC" }).format(date), m + 1);
        // The form used next to a day number (Russian "августа", Latvian "augusts" → "augustā" etc.).
        const parts = new Intl.DateTimeFormat(locale, { day: "numeric", month, timeZone: "UTC" }).formatToParts(date);
        add(parts.find((part) => part.type === "month")?.value ?? "", m + 1);
      }
    }
  }
  add("sept", 9);
  return map;
})();

function monthNumber(name: string): number | null {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, "")) ?? null;
}

function iso(year: number, month: number, day: number): ParsedDate {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) return { kind: "invalid" };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return { kind: "invalid" };
  return { kind: "date", iso: date.toISOString().slice(0, 10) };
}

/** Parsed dates by their text: a large export repeats the same few hundred days. */
const cache = new Map<string, ParsedDate>();

export function parseExportDate(raw: string): ParsedDate {
  const cached = cache.get(raw);
  if (cached) return cached;
  const parsed = parseUncached(raw);
  if (cache.size >= 10_000) cache.clear();
  cache.set(raw, parsed);
  return parsed;
}

function parseUncached(raw: string): ParsedDate {
  const text = raw.trim().replace(/\s+/g, " ");
  if (text === "") return { kind: "empty" };
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text))) return iso(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(text))) return iso(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: .*)?$/.exec(text))) return iso(+m[3]!, +m[1]!, +m[2]!);
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\.?(?: .*)?$/.exec(text))) {
    const year = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
    return iso(year, +m[2]!, +m[1]!);
  }
  // "Tue, Jul 14, 2026", "Oct 3, 2026", "July 14 2026"
  if ((m = /^(?:[^\d\s,]+, ?)?([^\d\s,]+) (\d{1,2}),? (\d{4})$/.exec(text))) {
    const month = monthNumber(m[1]!);
    return month ? iso(+m[3]!, month, +m[2]!) : { kind: "invalid" };
  }
  // "28 August 2026", "28 August", "18 января", "5. marts"
  if ((m = /^(\d{1,2})\.? ([^\d\s,]+)\.?(?:,? (\d{4}))?$/.exec(text))) {
    const month = monthNumber(m[2]!);
    if (!month) return { kind: "invalid" };
    if (m[3]) return iso(+m[3], month, +m[1]!);
    return iso(2024, month, +m[1]!).kind === "date" ? { kind: "noYear", month, day: +m[1]! } : { kind: "invalid" };
  }
  // "August 28"
  if ((m = /^([^\d\s,]+) (\d{1,2})$/.exec(text))) {
    const month = monthNumber(m[1]!);
    return month && iso(2024, month, +m[2]!).kind === "date" ? { kind: "noYear", month, day: +m[2]! } : { kind: "invalid" };
  }
  return { kind: "invalid" };
}

/** A year-less date in the given year ("28 August" + 2026 → "2026-08-28"); null if it does not exist (29 Feb). */
export function withYear(month: number, day: number, year: number): string | null {
  const parsed = iso(year, month, day);
  return parsed.kind === "date" ? parsed.iso : null;
}

/** Excel's serial day number (1900 system) → ISO date. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 20_000 || serial > 80_000) return null;
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}
