import { describe, expect, it } from "vitest";
import { isExpired, todayIso } from "@/lib/credentials/expiry";
import { upsertCertificationSchema, upsertEducationSchema, upsertExperienceSchema, upsertSkillSchema } from "@/lib/credentials/schema";

describe("certification expiry", () => {
  it("is expired only when the expiry date is before today", () => {
    expect(isExpired("2026-11-27", "2026-11-28")).toBe(true);
    expect(isExpired("2026-11-28", "2026-11-28")).toBe(false);
    expect(isExpired("2027-01-01", "2026-11-28")).toBe(false);
  });

  it("never expires without an expiry date", () => {
    expect(isExpired(null, "2026-11-28")).toBe(false);
    expect(isExpired(undefined)).toBe(false);
    expect(isExpired("")).toBe(false);
  });

  it("takes today in UTC", () => {
    expect(todayIso(new Date("2026-03-01T23:30:00-05:00"))).toBe("2026-03-02");
  });
});

describe("credential schemas", () => {
  it("rejects an expiry before the issue date and a non-http verification link", () => {
    const result = upsertCertificationSchema.safeParse({
      name: "Meta Blueprint",
      issuer: "Meta",
      issuedAt: "2026-05-01",
      expiresAt: "2026-04-01",
      credentialId: "",
      verifyUrl: "javascript:alert(1)",
    });
    const paths = result.error?.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
    expect(paths).toEqual(expect.arrayContaining(["verifyUrl:url"]));
    const dates = upsertCertificationSchema.safeParse({
      name: "X",
      issuer: "",
      issuedAt: "2026-05-01",
      expiresAt: "2026-04-01",
      credentialId: "",
      verifyUrl: "",
    });
    expect(dates.error?.issues.map((issue) => issue.message)).toEqual(["expiresBeforeIssued"]);
  });

  it("stores experience marked present with no end date, and asks for one otherwise", () => {
    const base = { role: "Intern", organization: "Agency", kind: "INTERNSHIP", startDate: "2025-06-01", description: "" } as const;
    expect(upsertExperienceSchema.parse({ ...base, endDate: "2025-09-01", current: true }).endDate).toBeNull();
    expect(upsertExperienceSchema.safeParse({ ...base, endDate: "", current: false }).error?.issues[0]?.message).toBe("endOrPresent");
    expect(upsertExperienceSchema.safeParse({ ...base, endDate: "2025-01-01", current: false }).error?.issues[0]?.message).toBe("endBeforeStart");
    expect(upsertExperienceSchema.parse({ ...base, endDate: "2025-06-01", current: false }).endDate).toBe("2025-06-01");
  });

  it("checks education years: 1950–2100 and end not before start", () => {
    const base = { school: "University", degree: "", field: "" };
    expect(upsertEducationSchema.parse({ ...base, startYear: "2021", endYear: "" })).toMatchObject({ startYear: 2021, endYear: null });
    expect(upsertEducationSchema.safeParse({ ...base, startYear: "1949", endYear: "" }).error?.issues[0]?.message).toBe("year");
    expect(upsertEducationSchema.safeParse({ ...base, startYear: "2020", endYear: "2101" }).error?.issues[0]?.message).toBe("year");
    expect(upsertEducationSchema.safeParse({ ...base, startYear: "2022", endYear: "2020" }).error?.issues[0]?.message).toBe("endYearBeforeStart");
  });

  it("treats an empty skill level as none", () => {
    expect(upsertSkillSchema.parse({ name: " Canva ", category: "TOOL", level: "" })).toEqual({ name: "Canva", category: "TOOL", level: null });
  });
});
