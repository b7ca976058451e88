// Calendar periods and month grids as plain "YYYY-MM" / "YYYY-MM-DD" strings in
// UTC, so the server, the browser and the CSV parser agree whatever the time zone.

import { addIsoDays, fromIsoDate } from "@/lib/dates";

export const MAX_PERIOD_MONTHS = 12;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

function parts(month: string): [number, number] {
  const [year, m] = month.split("-").map(Number);
  return [year!, m!];
}

/** How many months from `start` to `end`, both included (0 or less when end is before start). */
export function monthSpan(start: string, end: string): number {
  const [y1, m1] = parts(start);
  const [y2, m2] = parts(end);
  return (y2 - y1) * 12 + (m2 - m1) + 1;
}

export function addMonths(month: string, count: number): string {
  const [year, m] = parts(month);
  const index = year * 12 + (m - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Every month of the period, in order. */
export function monthsOf(start: string, end: string): string[] {
  const span = monthSpan(start, end);
  return Array.from({ length: Math.max(0, span) }, (_, index) => addMonths(start, index));
}

export function daysInMonth(month: string): number {
  const [year, m] = parts(month);
  return new Date(Date.UTC(year, m, 0)).getUTCDate();
}

/** The first and last day of a period given by its first and last month. */
export function periodBounds(startMonth: string, endMonth: string): { start: string; end: string } {
  return { start: `${startMonth}-01`, end: `${endMonth}-${String(daysInMonth(endMonth)).padStart(2, "0")}` };
}

export function isWithin(date: string, period: { start: string; end: string }): boolean {
  return date >= period.start && date <= period.end;
}

export { addIsoDays as addDays };

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: string): number {
  return (fromIsoDate(date).getUTCDay() + 6) % 7;
}

/**
 * The month's weeks, Monday first, as ISO dates; days of the neighbouring
 * months that fill the first and last week are included (the grid greys them out).
 */
export function monthGrid(month: string): string[][] {
  const first = `${month}-01`;
  const start = addIsoDays(first, -weekdayIndex(first));
  const last = `${month}-${String(daysInMonth(month)).padStart(2, "0")}`;
  const end = addIsoDays(last, 6 - weekdayIndex(last));
  const weeks: string[][] = [];
  for (let day = start; day <= end; day = addIsoDays(day, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, index) => addIsoDays(day, index)));
  }
  return weeks;
}

/** "2026-03-15" → "2026-03". */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}
