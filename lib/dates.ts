// Calendar days as "YYYY-MM-DD" strings ⇄ the UTC midnight Prisma stores in a
// @db.Date column. Every day is read and written in UTC, so the server, the
// browser and the CSV parser agree whatever the time zone. Plain Date
// arithmetic, not date-fns: its helpers work in the local time zone, and a
// UTC midnight there can fall on the previous day.

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "2026-03-15" → 2026-03-15T00:00:00Z. A full ISO timestamp is read as it is. */
export function fromIsoDate(value: string): Date {
  return new Date(value.length === 10 ? `${value}T00:00:00.000Z` : value);
}

export function fromOptionalIsoDate(value: string | null | undefined): Date | null {
  return value ? fromIsoDate(value) : null;
}

/** The UTC day of `date` as "YYYY-MM-DD". */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function toOptionalIsoDate(date: Date | null | undefined): string | null {
  return date ? toIsoDate(date) : null;
}

/** Today as "YYYY-MM-DD" in UTC (what `<input type="date" min>` gets). */
export function todayIso(now: Date = new Date()): string {
  return toIsoDate(now);
}

/** True for "YYYY-MM-DD" naming a day that exists (no 2026-02-30). */
export function isRealIsoDate(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = fromIsoDate(value);
  return !Number.isNaN(date.getTime()) && toIsoDate(date) === value;
}

/** The day `count` days after (or before, when negative) `date`. */
export function addIsoDays(date: string, count: number): string {
  return toIsoDate(new Date(fromIsoDate(date).getTime() + count * DAY_MS));
}
