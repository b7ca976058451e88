// Loaders own a route's set-up (issue #14 §4): the owner's item, or Next's 404
// page for anyone else's id — never someone else's row, never a 500.
import { describe, expect, it } from "vitest";

const { db } = await import("@/lib/db/client");
const { createCampaign, createCaseStudy, createSample, createUser } = await import("@/lib/seed/factories");
const { loadCampaignEditor } = await import("@/lib/campaigns/loaders");
const { loadSampleEditor } = await import("@/lib/samples/loaders");
const { loadDocumentEditor } = await import("@/lib/documents/loaders");
const { loadCalendarEditor } = await import("@/lib/calendars/loaders");
const { loadCaseStudyEditor } = await import("@/lib/case-studies/loaders");
const { loadPreviewDocument } = await import("@/lib/public/loaders");

async function owner() {
  const user = await createUser(db());
  const portfolio = await db().portfolio.findUniqueOrThrow({ where: { userId: user.id } });
  const campaign = await createCampaign(db(), portfolio.id);
  const sample = await createSample(db(), portfolio.id);
  const caseStudy = await createCaseStudy(db(), portfolio.id);
  const document = await db().strategyDocument.create({ data: { portfolioId: portfolio.id, position: 0, title: "Brand voice", kind: "BRAND_VOICE_GUIDE" } });
  const calendar = await db().calendar.create({
    data: {
      portfolioId: portfolio.id,
      position: 0,
      title: "Spring plan",
      startMonth: new Date("2026-03-01T00:00:00Z"),
      endMonth: new Date("2026-04-01T00:00:00Z"),
    },
  });
  return { user, ids: { campaign: campaign.id, sample: sample.id, caseStudy: caseStudy.id, document: document.id, calendar: calendar.id } };
}

/** Next's notFound() throws an error whose digest names the 404 fallback. */
async function expectNotFoundPage(promise: Promise<unknown>) {
  await expect(promise).rejects.toMatchObject({ digest: expect.stringMatching(/;404$/) });
}

describe("editor loaders", () => {
  it("load the owner's items with what their editors need", async () => {
    const { user, ids } = await owner();
    expect((await loadCampaignEditor(user.id, ids.campaign)).campaign).toMatchObject({ id: ids.campaign });
    const sample = await loadSampleEditor(user.id, ids.sample);
    expect(sample.sample).toMatchObject({ id: ids.sample });
    expect(sample.campaigns.map((option) => option.id)).toContain(ids.campaign);
    expect((await loadDocumentEditor(user.id, ids.document)).document).toMatchObject({ id: ids.document, title: "Brand voice" });
    expect((await loadCalendarEditor(user.id, ids.calendar)).calendar).toMatchObject({ id: ids.calendar, title: "Spring plan" });
    const study = await loadCaseStudyEditor(user.id, ids.caseStudy);
    expect(study.caseStudy).toMatchObject({ id: ids.caseStudy });
    expect(study.options.campaigns.map((option) => option.id)).toContain(ids.campaign);
  });

  it("answer another user's id with the 404 page", async () => {
    const { ids } = await owner();
    const { user: stranger } = await owner();
    await expectNotFoundPage(loadCampaignEditor(stranger.id, ids.campaign));
    await expectNotFoundPage(loadSampleEditor(stranger.id, ids.sample));
    await expectNotFoundPage(loadDocumentEditor(stranger.id, ids.document));
    await expectNotFoundPage(loadCalendarEditor(stranger.id, ids.calendar));
    await expectNotFoundPage(loadCaseStudyEditor(stranger.id, ids.caseStudy));
    await expectNotFoundPage(loadPreviewDocument(stranger.id, ids.document));
  });

  it("answer an id that does not exist with the 404 page too", async () => {
    const { user } = await owner();
    await expectNotFoundPage(loadCampaignEditor(user.id, "no-such-campaign"));
  });
});
