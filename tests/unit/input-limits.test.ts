import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseCalendarCsv } from "@/lib/calendars/csv";
import { CSV_MAX_ROWS, upsertEntrySchema } from "@/lib/calendars/schema";
import { upsertCampaignSchema } from "@/lib/campaigns/schema";
import { upsertCaseStudySchema } from "@/lib/case-studies/schema";
import { sendContactMessageSchema } from "@/lib/contact/schema";
import { upsertExperienceSchema } from "@/lib/credentials/schema";
import { upsertDocumentSchema } from "@/lib/documents/schema";
import { updateMediaAltSchema } from "@/lib/media/schema";
import { updateProfileSchema } from "@/lib/portfolio/schema";
import { upsertSampleSchema } from "@/lib/samples/schema";
import { createShareLinkSchema } from "@/lib/sharing/schema";
import { signUpSchema } from "@/lib/auth/schema";
import { DATE_MAX, DATE_MIN, LIMITS, NUMBER_MAX, httpUrl, idString, isoDate, multilineText, optionalIsoDate, text } from "@/lib/validation";
import { numberInput, optionalMoneyInput, optionalNumberInput } from "@/lib/metrics/number";
import { campaignForm, caseStudyForm, documentForm, entryForm, experienceForm, profileForm, sampleForm } from "@/tests/support/forms";

function messages(result: z.ZodSafeParseResult<unknown>, path?: string): string[] {
  if (result.success) return [];
  return result.error.issues.filter((issue) => path === undefined || issue.path.join(".") === path).map((issue) => issue.message);
}

describe("text()", () => {
  const schema = text(10, 1);

  it("strips NUL and other control characters and turns line breaks into spaces", () => {
    expect(schema.parse("a\u0000b")).toBe("ab");
    expect(schema.parse("a\u0007\u001b[31mb\u007f\u0085")).toBe("a[31mb");
    expect(schema.parse(" a\r\nb\tc ")).toBe("a b c");
  });

  it("counts the limit after cleaning, refuses longer text with 'tooLong' and blank with 'required'", () => {
    expect(schema.parse(`${"x".repeat(10)}\u0000`)).toBe("x".repeat(10));
    expect(messages(schema.safeParse("x".repeat(11)))).toEqual(["tooLong"]);
    expect(messages(schema.safeParse("\u0000 \u0001"))).toEqual(["required"]);
  });
});

describe("multilineText()", () => {
  const schema = multilineText(10);

  it("keeps line breaks and tabs, normalises CRLF and strips other control characters", () => {
    expect(schema.parse("a\r\nb\rc\td\u0000")).toBe("a\nb\nc\td");
  });

  it("counts a posted CRLF as one character, as the browser's maxLength does", () => {
    expect(schema.parse("12345\r\n789")).toBe("12345\n789");
    expect(messages(schema.safeParse("x".repeat(11)))).toEqual(["tooLong"]);
  });
});

describe("isoDate", () => {
  it(`accepts ${DATE_MIN} to ${DATE_MAX}`, () => {
    expect(isoDate.parse(DATE_MIN)).toBe(DATE_MIN);
    expect(isoDate.parse(DATE_MAX)).toBe(DATE_MAX);
  });

  it("refuses year 0000, 1989 and 2101 with 'dateRange', and impossible days with 'date'", () => {
    expect(messages(isoDate.safeParse("0000-01-01"))).toEqual(["dateRange"]);
    expect(messages(isoDate.safeParse("1989-12-31"))).toEqual(["dateRange"]);
    expect(messages(isoDate.safeParse("2101-01-01"))).toEqual(["dateRange"]);
    expect(messages(isoDate.safeParse("9999-12-31"))).toEqual(["dateRange"]);
    expect(messages(isoDate.safeParse("2026-02-30"))).toEqual(["date"]);
    expect(messages(isoDate.safeParse("+02026-01-01"))).toEqual(["date"]);
  });

  it("says the same through optionalIsoDate, where empty is null", () => {
    const schema = z.object({ day: optionalIsoDate });
    expect(schema.parse({ day: "" })).toEqual({ day: null });
    expect(messages(schema.safeParse({ day: "0000-01-01" }), "day")).toEqual(["dateRange"]);
  });
});

describe("numbers", () => {
  const schema = z.object({ value: numberInput, baseline: optionalNumberInput });

  it("refuses negative numbers with 'nonNegative'", () => {
    expect(messages(schema.safeParse({ value: "-500" }), "value")).toEqual(["nonNegative"]);
    expect(messages(schema.safeParse({ value: 1, baseline: -1 }), "baseline")).toEqual(["nonNegative"]);
  });

  it("refuses a 308-digit number and anything over a trillion with 'numberTooLarge'", () => {
    expect(messages(schema.safeParse({ value: "9".repeat(308) }), "value")).toEqual(["numberTooLarge"]);
    expect(messages(schema.safeParse({ value: NUMBER_MAX + 1 }), "value")).toEqual(["numberTooLarge"]);
    expect(schema.parse({ value: NUMBER_MAX, baseline: "0" })).toEqual({ value: NUMBER_MAX, baseline: 0 });
  });

  it("keeps money to the cent", () => {
    expect(optionalMoneyInput.parse("1,200.456")).toBe(1200.46);
    expect(optionalMoneyInput.parse("")).toBeNull();
  });
});

describe("ids and URLs", () => {
  it("refuses ids with NUL or other characters ids are not made of", () => {
    expect(idString.parse("cmabc123_x-Y")).toBe("cmabc123_x-Y");
    expect(idString.safeParse("abc\u0000").success).toBe(false);
    expect(idString.safeParse("x".repeat(LIMITS.id + 1)).success).toBe(false);
  });

  it("refuses URLs with control characters and over 2048 characters", () => {
    expect(httpUrl.safeParse("https://example.com/\u0000").success).toBe(false);
    expect(messages(httpUrl.safeParse(`https://example.com/${"a".repeat(LIMITS.url)}`))).toContain("tooLong");
  });
});

const MEGABYTE = "x".repeat(1024 * 1024);

describe("every schema refuses what once reached PostgreSQL", () => {
  const campaign = campaignForm({ title: "Launch", startDate: "2026-01-01", currency: "USD" });

  it("campaigns: NUL stripped, year 0000, -500 and 308 digits refused, a 1 MB summary refused", () => {
    expect(upsertCampaignSchema.parse({ ...campaign, title: "Lau\u0000nch" }).title).toBe("Launch");
    expect(messages(upsertCampaignSchema.safeParse({ ...campaign, startDate: "0000-01-01" }), "startDate")).toEqual(["dateRange"]);
    expect(messages(upsertCampaignSchema.safeParse({ ...campaign, budget: "-500" }), "budget")).toEqual(["nonNegative"]);
    const metric = { kind: "REACH", customName: "", value: "9".repeat(308), baseline: "", periodStart: "", periodEnd: "", source: "SELF_REPORTED", series: [] };
    expect(messages(upsertCampaignSchema.safeParse({ ...campaign, metrics: [metric] }), "metrics.0.value")).toEqual(["numberTooLarge"]);
    expect(messages(upsertCampaignSchema.safeParse({ ...campaign, summary: MEGABYTE }), "summary")).toEqual(["tooLong"]);
  });

  it("samples: reach -500 and a 308-digit reach refused, hashtags cleaned", () => {
    const sample = sampleForm({ hashtags: "#a\u0000b" });
    expect(upsertSampleSchema.parse(sample).hashtags).toEqual(["ab"]);
    expect(messages(upsertSampleSchema.safeParse({ ...sample, reach: "-500" }), "reach")).toEqual(["nonNegative"]);
    expect(messages(upsertSampleSchema.safeParse({ ...sample, reach: "9".repeat(308) }), "reach")).toEqual(["numberTooLarge"]);
  });

  it("documents: the body keeps its lines, loses NUL and is capped at 50,000 characters", () => {
    const document = documentForm({ body: "# A\r\n\u0000b" });
    expect(upsertDocumentSchema.parse(document).body).toBe("# A\nb");
    expect(messages(upsertDocumentSchema.safeParse({ ...document, body: "x".repeat(LIMITS.body + 1) }), "body")).toEqual(["tooLong"]);
  });

  it("case studies, credentials, calendars, sharing, profile, contact and sign-up strip NUL", () => {
    const study = upsertCaseStudySchema.safeParse(
      caseStudyForm({ title: "T\u0000", slug: "t", currency: "USD", periodStart: "2101-01-01", challenge: "a\u0000", coverId: "" }),
    );
    expect(messages(study, "periodStart")).toEqual(["dateRange"]);
    const experience = upsertExperienceSchema.parse(experienceForm({ role: "R\u0000", organization: "O", startDate: "2020-01-01", description: "d\u0000" }));
    expect([experience.role, experience.description]).toEqual(["R", "d"]);
    const entry = upsertEntrySchema.parse(entryForm({ date: "2026-03-02", time: "", format: "IMAGE_POST", topic: "a\u0000\nb", pillar: "p\u0000" }));
    expect([entry.topic, entry.pillar]).toEqual(["a\nb", "p"]);
    const link = createShareLinkSchema.safeParse({
      recipientName: "R\u0000",
      company: "",
      note: "",
      expiresAt: "9999-12-31",
      sections: ["campaigns"],
      anonymizeAll: false,
    });
    expect(messages(link, "expiresAt")).toEqual(["dateRange"]);
    const profile = updateProfileSchema.parse(profileForm({ displayName: "A\u0000", bio: "b\u0000" }));
    expect([profile.displayName, profile.bio]).toEqual(["A", "b"]);
    const contact = sendContactMessageSchema.safeParse({ name: "N\u0000", email: "a@b.co", company: "", message: MEGABYTE, handle: "demo" });
    expect(messages(contact, "message")).toEqual(["tooLong"]);
    expect(signUpSchema.parse({ name: "Sam\u0000", email: "sam@example.com", handle: "sam-x", password: "a-long-passphrase-here" }).name).toBe("Sam");
  });

  it("media alt text loses control characters", () => {
    expect(updateMediaAltSchema.parse({ mediaId: "m1", alt: "a\u0000b" }).alt).toBe("ab");
  });
});

describe("calendar CSV", () => {
  const period = { start: "2026-03-01", end: "2026-03-31" };
  const header = "date,platform,format,caption,status,pillar";

  it("refuses a 100,000-row file before parsing it, naming its size", () => {
    const rows = Array.from({ length: 100_000 }, () => "2026-03-02,IG,reel,a,idea,").join("\n");
    const started = performance.now();
    const result = parseCalendarCsv(`${header}\n${rows}`.slice(0, 1024 * 1024 - 1), period);
    expect(result.fileIssues[0]?.code).toBe("tooManyRows");
    expect(Number(result.fileIssues[0]?.value)).toBeGreaterThan(CSV_MAX_ROWS * 10);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("strips control characters from captions and pillars", () => {
    const result = parseCalendarCsv(`${header}\n2026-03-02,IG,reel,"a\u0000b",idea,p\u0007`, period);
    expect(result.rows[0]?.entry).toMatchObject({ topic: "ab", pillar: "p" });
  });
});
