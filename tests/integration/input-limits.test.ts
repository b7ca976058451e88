// Bad input through the real actions and mutations against PostgreSQL: each
// comes back as field errors (VALIDATION) or is stored cleaned, never INTERNAL.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { actAs, signedInOwner } from "@/tests/support/acting-user";
import { campaignForm, documentForm, profileForm, sampleForm } from "@/tests/support/forms";

process.env.STORAGE_DIR ??= mkdtempSync(path.join(os.tmpdir(), "postfolio-input-limits-"));

vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-user"));

const { db } = await import("@/lib/db/client");
const { createUser } = await import("@/lib/seed/factories");
const { findOrCreateOAuthUser, signUp } = await import("@/lib/auth/mutations");
const { signUpSchema } = await import("@/lib/auth/schema");
const { saveCampaignAction } = await import("@/lib/campaigns/actions");
const { saveSampleAction } = await import("@/lib/samples/actions");
const { saveDocumentAction } = await import("@/lib/documents/actions");
const { importEntriesAction, saveCalendarAction, saveEntryAction } = await import("@/lib/calendars/actions");
const { saveExperienceAction } = await import("@/lib/credentials/actions");
const { createShareLinkAction } = await import("@/lib/sharing/actions");
const { updateProfileAction } = await import("@/lib/portfolio/actions");
const { getOwnPortfolio } = await import("@/lib/portfolio/data");

const MEGABYTE = "x".repeat(1024 * 1024);
const campaign = campaignForm({ startDate: "2026-01-01", currency: "USD" });
const sample = sampleForm();

describe("bad input through the real actions", () => {
  it("campaigns: year 0000, 2101, -500 and a 1 MB summary are field errors; NUL is stripped before PostgreSQL sees it", async () => {
    const { user } = await signedInOwner();
    expect(await saveCampaignAction({ ...campaign, startDate: "0000-01-01" })).toEqual({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { startDate: ["dateRange"] },
    });
    expect(await saveCampaignAction({ ...campaign, endDate: "2101-01-01" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { endDate: ["dateRange"] },
    });
    expect(await saveCampaignAction({ ...campaign, budget: "-500" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { budget: ["nonNegative"] },
    });
    expect(await saveCampaignAction({ ...campaign, summary: MEGABYTE })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { summary: ["tooLong"] },
    });

    const saved = await saveCampaignAction({ ...campaign, title: "Spring\u0000 launch", summary: "Line one\r\nLine\u0000 two" });
    expect(saved.ok).toBe(true);
    const row = await db().campaign.findFirstOrThrow({ where: { portfolio: { userId: user.id } } });
    expect([row.title, row.summary]).toEqual(["Spring launch", "Line one\nLine two"]);
  });

  it("samples: a reach of -500 or 308 digits is a field error, not a number printed 415 characters wide", async () => {
    await signedInOwner();
    expect(await saveSampleAction({ ...sample, reach: "-500" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { reach: ["nonNegative"] } });
    expect(await saveSampleAction({ ...sample, reach: "9".repeat(308) })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { reach: ["numberTooLarge"] },
    });
    expect(await saveSampleAction({ ...sample, caption: "\u0000", reach: "12.5k" })).toMatchObject({ ok: true });
  });

  it("documents: a 1 MB body is a field error; NUL in a body is stripped", async () => {
    const { user } = await signedInOwner();
    const document = documentForm({ body: MEGABYTE });
    expect(await saveDocumentAction(document)).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { body: ["tooLong"] } });
    expect(await saveDocumentAction({ ...document, body: "# Plan\u0000" })).toMatchObject({ ok: true });
    expect((await db().strategyDocument.findFirstOrThrow({ where: { portfolio: { userId: user.id } } })).body).toBe("# Plan");
  });

  it("calendars: NUL in an entry or a CSV caption is stripped; a 100,000-row CSV is a field error", async () => {
    const { user } = await signedInOwner();
    const calendar = await saveCalendarAction({ title: "March\u0000", startMonth: "2026-03", endMonth: "2026-03" });
    if (!calendar.ok) throw new Error(JSON.stringify(calendar));
    const calendarId = calendar.data.id;
    const entry = {
      calendarId,
      date: "2026-03-02",
      time: "",
      platform: "INSTAGRAM" as const,
      format: "IMAGE_POST" as const,
      topic: "Hi\u0000",
      pillar: "",
      status: "IDEA" as const,
    };
    expect(await saveEntryAction({ ...entry, date: "0000-03-02" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { date: ["dateRange"] } });
    expect((await saveEntryAction(entry)).ok).toBe(true);

    const header = "date,platform,format,caption";
    expect(await importEntriesAction({ calendarId, csv: `${header}\n2026-03-03,IG,reel,"Cap\u0000tion"` })).toMatchObject({ ok: true, data: { imported: 1 } });
    const rows = Array.from({ length: 100_000 }, () => "2026-03-03,IG,reel,a").join("\n");
    expect(await importEntriesAction({ calendarId, csv: `${header}\n${rows}`.slice(0, 1024 * 1024) })).toEqual({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { csv: ["csvInvalid"] },
    });

    const saved = await db().calendarEntry.findMany({ where: { calendar: { portfolio: { userId: user.id } } }, orderBy: { date: "asc" } });
    expect(saved.map((row) => row.topic)).toEqual(["Hi", "Caption"]);
    expect((await db().calendar.findFirstOrThrow({ where: { id: calendarId } })).title).toBe("March");
  });

  it("credentials and share links: year 0000 and 9999 are field errors", async () => {
    await signedInOwner();
    const experience = { role: "Intern", organization: "Cafe", kind: "JOB" as const, startDate: "0000-01-01", endDate: "", current: true, description: "" };
    expect(await saveExperienceAction(experience)).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { startDate: ["dateRange"] } });
    const link = { recipientName: "Rae\u0000", company: "", note: "", expiresAt: "9999-12-31", sections: ["campaigns" as const], anonymizeAll: false };
    expect(await createShareLinkAction(link)).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { expiresAt: ["dateRange"] } });
  });

  it("ids with NUL are field errors, not a query PostgreSQL refuses", async () => {
    await signedInOwner();
    expect(await saveCampaignAction({ ...campaign, id: "abc\u0000" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { id: ["invalid"] } });
  });
});

describe("every account has its portfolio from the start", () => {
  it("sign-up creates the portfolio with the user, so the first profile save works", async () => {
    const id = `fresh-${process.pid}-${Date.now()}`;
    const input = signUpSchema.parse({ name: "Fresh Person", email: `${id}@example.test`, handle: id, password: "violet-harbour-57" });
    const created = await signUp(input, { ip: `10.9.${Math.floor(Math.random() * 250)}.1` });
    expect(await getOwnPortfolio(created.id)).toMatchObject({ userId: created.id, displayName: "Fresh Person" });

    actAs({ id: created.id, name: input.name, email: input.email, handle: input.handle });
    const profile = profileForm({ displayName: "Fresh\u0000 Person", headline: "Social media manager", bio: "Hello", openToWork: true });
    expect(await updateProfileAction(profile)).toMatchObject({ ok: true });
    expect(await db().portfolio.findUniqueOrThrow({ where: { userId: created.id } })).toMatchObject({ displayName: "Fresh Person", openToWork: true });
  });

  it("an OAuth sign-up creates the portfolio too, and the factories do the same", async () => {
    const id = `oauth-${process.pid}-${Date.now()}`;
    const user = await findOrCreateOAuthUser({
      provider: "github",
      providerAccountId: id,
      type: "oauth",
      email: `${id}@example.test`,
      emailVerified: true,
      name: "Octo\u0000 Cat",
      image: null,
    });
    expect(await getOwnPortfolio(user!.id)).toMatchObject({ displayName: "Octo Cat" });
    const made = await createUser(db(), { name: "Factory Made" });
    expect(await getOwnPortfolio(made.id)).toMatchObject({ displayName: "Factory Made" });
  });

  it("a profile save for an account without a portfolio is NOT_FOUND, not INTERNAL", async () => {
    const { user } = await signedInOwner();
    await db().portfolio.delete({ where: { userId: user.id } });
    const profile = profileForm({ displayName: "A" });
    expect(await updateProfileAction(profile)).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await getOwnPortfolio(user.id)).toBeNull();
  });
});
