import { describe, expect, it } from "vitest";
import { addIsoDays, fromIsoDate, fromOptionalIsoDate, isRealIsoDate, todayIso, toIsoDate, toOptionalIsoDate } from "@/lib/dates";

describe("lib/dates: one YYYY-MM-DD ⇄ UTC helper", () => {
  it("reads a calendar day as its UTC midnight and writes it back", () => {
    expect(fromIsoDate("2026-03-15").toISOString()).toBe("2026-03-15T00:00:00.000Z");
    expect(toIsoDate(fromIsoDate("2026-03-15"))).toBe("2026-03-15");
    // A full timestamp (what a JSON date becomes) is read as it is.
    expect(fromIsoDate("2026-03-15T10:30:00.000Z").toISOString()).toBe("2026-03-15T10:30:00.000Z");
  });

  it("writes the UTC day, not the local one", () => {
    expect(toIsoDate(new Date("2026-03-01T23:30:00-05:00"))).toBe("2026-03-02");
    expect(todayIso(new Date("2026-12-31T23:59:59.999Z"))).toBe("2026-12-31");
  });

  it("passes empty values through as null", () => {
    expect(fromOptionalIsoDate("")).toBeNull();
    expect(fromOptionalIsoDate(null)).toBeNull();
    expect(fromOptionalIsoDate(undefined)).toBeNull();
    expect(toOptionalIsoDate(null)).toBeNull();
    expect(fromOptionalIsoDate("2026-01-02")?.toISOString()).toBe("2026-01-02T00:00:00.000Z");
    expect(toOptionalIsoDate(new Date("2026-01-02T00:00:00Z"))).toBe("2026-01-02");
  });

  it("knows which days exist", () => {
    expect(isRealIsoDate("2024-02-29")).toBe(true);
    expect(isRealIsoDate("2026-02-29")).toBe(false);
    expect(isRealIsoDate("2026-13-01")).toBe(false);
    expect(isRealIsoDate("2026-3-1")).toBe(false);
    expect(isRealIsoDate("2026-03-01T00:00:00Z")).toBe(false);
    expect(isRealIsoDate("")).toBe(false);
  });

  it("adds days across months, years and daylight-saving changes", () => {
    expect(addIsoDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addIsoDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addIsoDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addIsoDays("2026-10-24", 7)).toBe("2026-10-31");
  });
});
