// Issue #15 "don't make them type it twice": what the editors' defaults read. Owner-scoped
// (another user's campaigns and clients never show), a figure without its own period takes its
// campaign's, the currency follows the last item (else the reader's locale), and a case study
// saved with a campaign's figures picked as key results keeps their value, period and source.
import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "accept-language": "lv-LV,lv;q=0.9,en;q=0.8" }) }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));

let actingUser: { id: string; name: string; email: string; handle: string } | null = null;
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => actingUser }));

const { db } = await import("@/lib/db/client");
const { createCampaign, createSample, createUser } = await import("@/lib/seed/factories");
const { listCampaignFacts, loadFormHistory } = await import("@/lib/defaults/data");
const { saveCaseStudyAction } = await import("@/lib/case-studies/actions");
const { figureAsKeyResult } = await import("@/lib/shared/defaults");
const { caseStudyForm } = await import("@/tests/support/forms");

async function signedIn() {
  const user = await createUser(db());
  actingUser = { id: user.id, name: user.name, email: user.email, handle: user.handle };
  const portfolio = await db().portfolio.findFirstOrThrow({ where: { userId: user.id } });
  return { user, portfolio };
}

describe("editor defaults", () => {
  it("a new account: no history, the currency is the reader's locale's (lv → EUR)", async () => {
    const { user } = await signedIn();
    expect(await loadFormHistory(user.id)).toEqual({ currency: "EUR", platform: null, clients: [] });
  });

  it("read the owner's own history: last currency, last sample's platform, recent clients", async () => {
    const other = await signedIn();
    await createCampaign(db(), other.portfolio.id, { client: "Someone Else's Client", currency: "JPY" });
    const { user, portfolio } = await signedIn();
    await createCampaign(db(), portfolio.id, { client: "Riga Animal Shelter", currency: "GBP" });
    await createSample(db(), portfolio.id, { platform: "INSTAGRAM", client: "" });
    await createSample(db(), portfolio.id, { platform: "TIKTOK", client: "Kafija Co" });
    const history = await loadFormHistory(user.id);
    expect(history.currency).toBe("GBP");
    expect(history.platform).toBe("TIKTOK");
    expect(history.clients).toEqual(["Kafija Co", "Riga Animal Shelter"]);
  });

  it("list only the owner's campaigns; a figure without its own period takes the campaign's", async () => {
    const other = await signedIn();
    await createCampaign(db(), other.portfolio.id, { title: "Not yours" });
    const { user, portfolio } = await signedIn();
    const campaign = await createCampaign(db(), portfolio.id, {
      title: "Home for Winter",
      workKind: "VOLUNTEER",
      client: "Riga Animal Shelter",
      startDate: new Date("2026-10-01T00:00:00Z"),
      endDate: new Date("2026-11-26T00:00:00Z"),
      currency: "EUR",
    });
    await db().metric.createMany({
      data: [
        { campaignId: campaign.id, position: 0, kind: "REACH", value: 18400, source: "SELF_REPORTED" },
        {
          campaignId: campaign.id,
          position: 1,
          kind: "FOLLOWERS",
          value: 3050,
          baseline: 2400,
          source: "ANALYTICS_EXPORT",
          periodStart: new Date("2026-10-15T00:00:00Z"),
          periodEnd: new Date("2026-11-15T00:00:00Z"),
        },
      ],
    });
    const facts = await listCampaignFacts(user.id);
    expect(facts.map((item) => item.title)).toEqual(["Home for Winter"]);
    const [home] = facts;
    expect(home).toMatchObject({ workKind: "VOLUNTEER", client: "Riga Animal Shelter", startDate: "2026-10-01", endDate: "2026-11-26", currency: "EUR" });
    expect(home!.figures.map(({ kind, periodStart, periodEnd, source }) => ({ kind, periodStart, periodEnd, source }))).toEqual([
      { kind: "REACH", periodStart: "2026-10-01", periodEnd: "2026-11-26", source: "SELF_REPORTED" },
      { kind: "FOLLOWERS", periodStart: "2026-10-15", periodEnd: "2026-11-15", source: "ANALYTICS_EXPORT" },
    ]);

    // Picked as key results, through the case study's own action and schema: nothing retyped, provenance kept.
    const result = await saveCaseStudyAction(
      caseStudyForm({
        title: "Home for Winter: 31 dogs adopted",
        slug: "home-for-winter",
        client: home!.client,
        workKind: home!.workKind,
        currency: "EUR",
        periodStart: home!.startDate,
        periodEnd: home!.endDate ?? "",
        keyResults: home!.figures.map(figureAsKeyResult),
        campaignIds: [home!.id],
      }),
    );
    expect(result.ok).toBe(true);
    const stored = await db().keyResult.findMany({ where: { caseStudy: { portfolio: { userId: user.id } } }, orderBy: { position: "asc" } });
    expect(
      stored.map(({ kind, value, baseline, source, periodStart }) => ({ kind, value, baseline, source, periodStart: periodStart?.toISOString().slice(0, 10) })),
    ).toEqual([
      { kind: "REACH", value: 18400, baseline: null, source: "SELF_REPORTED", periodStart: "2026-10-01" },
      { kind: "FOLLOWERS", value: 3050, baseline: 2400, source: "ANALYTICS_EXPORT", periodStart: "2026-10-15" },
    ]);
  });
});
