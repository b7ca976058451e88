import { describe, expect, it } from "vitest";
import { addDays, addMonths, monthGrid, monthSpan, monthsOf, periodBounds, weekdayIndex } from "@/lib/calendars/period";
import { moveEntrySchema, upsertCalendarSchema, upsertEntrySchema } from "@/lib/calendars/schema";

describe("calendar periods", () => {
  it("counts and lists months across a year boundary", () => {
    expect(monthSpan("2026-11", "2027-02")).toBe(4);
    expect(monthsOf("2026-11", "2027-02")).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
  });

  it("gives a period's first and last day, leap years included", () => {
    expect(periodBounds("2028-01", "2028-02")).toEqual({ start: "2028-01-01", end: "2028-02-29" });
    expect(periodBounds("2026-04", "2026-04")).toEqual({ start: "2026-04-01", end: "2026-04-30" });
  });

  it("builds Monday-first weeks covering the whole month", () => {
    const weeks = monthGrid("2026-03"); // 1 March 2026 is a Sunday
    expect(weeks[0]).toEqual(["2026-02-23", "2026-02-24", "2026-02-25", "2026-02-26", "2026-02-27", "2026-02-28", "2026-03-01"]);
    expect(weeks.at(-1)?.at(-1)).toBe("2026-04-05");
    expect(weeks.every((week) => week.length === 7 && weekdayIndex(week[0]!) === 0)).toBe(true);
    expect(weeks.flat()).toContain("2026-03-31");
    expect(monthGrid("2027-02")).toHaveLength(4); // starts on a Monday, 28 days
  });

  it("adds days across months and years in UTC", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});

describe("calendar schemas", () => {
  it("accepts one to twelve months and refuses an end before the start", () => {
    expect(upsertCalendarSchema.safeParse({ title: "x", startMonth: "2026-03", endMonth: "2026-03" }).success).toBe(true);
    expect(upsertCalendarSchema.safeParse({ title: "x", startMonth: "2026-01", endMonth: "2026-12" }).success).toBe(true);
    expect(upsertCalendarSchema.safeParse({ title: "x", startMonth: "2026-01", endMonth: "2027-01" }).error?.issues[0]).toMatchObject({
      path: ["endMonth"],
      message: "periodTooLong",
    });
    expect(upsertCalendarSchema.safeParse({ title: "x", startMonth: "2026-04", endMonth: "2026-03" }).error?.issues[0]).toMatchObject({
      path: ["endMonth"],
      message: "endBeforeStart",
    });
    expect(upsertCalendarSchema.safeParse({ title: "", startMonth: "2026-13", endMonth: "" }).error?.issues.map((issue) => issue.message)).toEqual([
      "required",
      "month",
      "required",
    ]);
  });

  it("validates an entry's time, date and topic", () => {
    const entry = { calendarId: "c1", date: "2026-03-10", time: "", platform: "TIKTOK", format: "SHORT_VIDEO", topic: "Reel", pillar: "", status: "IDEA" };
    expect(upsertEntrySchema.parse(entry)).toMatchObject({ time: null, sampleId: null });
    expect(upsertEntrySchema.safeParse({ ...entry, time: "24:00" }).error?.issues[0]?.message).toBe("time");
    expect(upsertEntrySchema.safeParse({ ...entry, date: "2026-02-30" }).error?.issues[0]?.message).toBe("date");
    expect(upsertEntrySchema.safeParse({ ...entry, topic: "  " }).error?.issues[0]?.message).toBe("required");
    expect(moveEntrySchema.safeParse({ id: "e1", date: "10.03.2026" }).success).toBe(false);
  });
});
