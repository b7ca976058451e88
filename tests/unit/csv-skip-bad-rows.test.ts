import { describe, expect, it } from "vitest";
import { badRowNumbers, importableEntries, parseCalendarCsv } from "@/lib/calendars/csv";
import { importEntriesSchema } from "@/lib/calendars/schema";

// Issue #15: "Import 7 entries" is not a dead end: the bad rows can be skipped,
// and then the good rows are imported all-or-nothing.

const period = { start: "2026-03-01", end: "2026-04-30" };
const header = "date,platform,format,caption,status,pillar";
const good = (day: number) => `2026-03-${String(day).padStart(2, "0")},Instagram,reel,Post ${day},idea,`;
const file = (...rows: string[]) => parseCalendarCsv([header, ...rows].join("\n"), period);

describe("importableEntries", () => {
  it("imports every row of a clean file, and refuses a skip list it does not need", () => {
    const result = file(good(2), good(3));
    expect(importableEntries(result)?.map((entry) => entry.topic)).toEqual(["Post 2", "Post 3"]);
    expect(importableEntries(result, [3])).toBeNull();
  });

  it("skips exactly the bad rows the user saw, keeping the good ones in file order", () => {
    const result = file(good(2), "2026-03-03,Myspace,reel,Bad,idea,", good(4), good(5), good(6), good(7), good(8), good(9));
    expect(badRowNumbers(result)).toEqual([3]);
    expect(importableEntries(result)).toBeNull();
    expect(importableEntries(result, [3])?.map((entry) => entry.topic)).toEqual(["Post 2", "Post 4", "Post 5", "Post 6", "Post 7", "Post 8", "Post 9"]);
  });

  it("refuses when the bad rows are not the ones skipped (the file changed), when no row is good, or the file itself is wrong", () => {
    const result = file(good(2), "2026-03-03,Myspace,reel,Bad,idea,", "2026-06-01,Instagram,reel,Out of period,idea,");
    expect(importableEntries(result, [3])).toBeNull();
    expect(importableEntries(result, [3, 4, 5])).toBeNull();
    expect(importableEntries(result, [4, 3])?.map((entry) => entry.topic)).toEqual(["Post 2"]);
    expect(importableEntries(file("2026-03-03,Myspace,reel,Bad,idea,"), [2])).toBeNull();
    expect(importableEntries(parseCalendarCsv("date,caption\n2026-03-02,x", period), [2])).toBeNull();
  });

  it("the action's schema takes the skipped rows, none by default", () => {
    expect(importEntriesSchema.parse({ calendarId: "c1", csv: "x" }).skipRows).toEqual([]);
    expect(importEntriesSchema.parse({ calendarId: "c1", csv: "x", skipRows: [3] }).skipRows).toEqual([3]);
    expect(importEntriesSchema.safeParse({ calendarId: "c1", csv: "x", skipRows: [1.5] }).success).toBe(false);
  });
});
