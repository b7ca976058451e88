import { describe, expect, it } from "vitest";
import { monthsBetween, monthWeeks } from "@/lib/public/calendar";

describe("calendar grid", () => {
  it("lists the months of a range across a year end, capped", () => {
    expect(monthsBetween("2025-11-01", "2026-02-01")).toEqual(["2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01"]);
    expect(monthsBetween("2026-01-01", "2030-01-01", 3)).toHaveLength(3);
    expect(monthsBetween("2026-05-01", "2026-04-01")).toEqual([]);
  });

  it("lays a month out in Monday-first weeks", () => {
    // 1 March 2026 is a Sunday.
    const weeks = monthWeeks("2026-03-01");
    expect(weeks[0]).toEqual([null, null, null, null, null, null, "2026-03-01"]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    // February 2027 starts on a Monday and has 28 days: exactly four rows.
    expect(monthWeeks("2027-02-01")).toHaveLength(4);
  });
});
