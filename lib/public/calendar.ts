// Month grids for planning calendars, Monday first. Pure; works on "YYYY-MM-DD" strings in UTC.

/** The first days ("YYYY-MM-01") of every month from start to end, at most `max`. */
export function monthsBetween(start: string, end: string, max = 12): string[] {
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7)) - 1;
  const last = Number(end.slice(0, 4)) * 12 + Number(end.slice(5, 7)) - 1;
  const out: string[] = [];
  while (year * 12 + month <= last && out.length < max) {
    out.push(`${year}-${String(month + 1).padStart(2, "0")}-01`);
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  return out;
}

/** The weeks of a month as rows of seven ISO days (null outside the month), Monday first. */
export function monthWeeks(firstOfMonth: string): (string | null)[][] {
  const year = Number(firstOfMonth.slice(0, 4));
  const month = Number(firstOfMonth.slice(5, 7)) - 1;
  const lead = (new Date(Date.UTC(year, month, 1)).getUTCDay() + 6) % 7;
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= days; day++) {
    cells.push(`${firstOfMonth.slice(0, 8)}${String(day).padStart(2, "0")}`);
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
