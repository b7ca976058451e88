import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { appErrorOf, expectAppError } from "@/tests/support/app-error";

const storageDir = mkdtempSync(path.join(os.tmpdir(), "postfolio-cases-"));
process.env.STORAGE_DIR = storageDir;
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const sharp = (await import("sharp")).default;
const { db } = await import("@/lib/db/client");
const { getCaseStudy, listCaseStudies, listLinkOptions } = await import("@/lib/case-studies/data");
const { deleteCaseStudy, duplicateCaseStudy, reorderCaseStudies, saveCaseStudy, setCaseStudyHidden } = await import("@/lib/case-studies/mutations");
const { upsertCaseStudySchema } = await import("@/lib/case-studies/schema");
const { getPreviewPortfolio } = await import("@/lib/public/data");
const { caseStudyCard } = await import("@/lib/seo/card");
const { uploadMedia } = await import("@/lib/media/mutations");
const { createCampaign, createCaseStudy, createSample, createUser, ensurePortfolio } = await import("@/lib/seed/factories");

type Input = import("@/lib/case-studies/schema").UpsertCaseStudyInput;

async function owner() {
  const user = await createUser(db());
  const portfolio = await ensurePortfolio(db(), user.id);
  return { user, portfolio };
}

function input(overrides: Partial<Input> = {}) {
  return upsertCaseStudySchema.parse({
    title: "Turning a shelter's page into an adoption channel",
    slug: "shelter-adoption",
    client: "Riga Paws",
    confidential: false,
    anonymizedLabel: "",
    workKind: "VOLUNTEER",
    currency: "USD",
    role: "Volunteer lead",
    periodStart: "2025-10-06",
    periodEnd: "2025-12-14",
    challenge: "Older dogs waited months.",
    strategy: "- Weekly carousels",
    execution: "",
    results: "",
    lessons: "",
    coverId: null,
    keyResults: [
      { kind: "FOLLOWERS", customName: "", value: "2,310", baseline: "1.45k", periodStart: "", periodEnd: "", source: "SCREENSHOT" },
      { kind: "CUSTOM", customName: "Adoptions", value: "31", baseline: "18", periodStart: "", periodEnd: "", source: "SELF_REPORTED" },
    ],
    campaignIds: [],
    sampleIds: [],
    documentIds: [],
    ...overrides,
  });
}

async function image(userId: string) {
  const bytes = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#4338ca" } })
    .png()
    .toBuffer();
  return uploadMedia(userId, { bytes, alt: "Cover: a dog in autumn leaves", purpose: "sample" });
}

describe("case studies", () => {
  it("creates one with key results, links and a cover, and reads it back", async () => {
    const { user, portfolio } = await owner();
    const campaign = await createCampaign(db(), portfolio.id);
    const sample = await createSample(db(), portfolio.id, { platform: "FACEBOOK" });
    const document = await db().strategyDocument.create({ data: { portfolioId: portfolio.id, title: "Content plan", kind: "CONTENT_PLAN" } });
    const cover = await image(user.id);

    const { id, slug } = await saveCaseStudy(
      user.id,
      input({ campaignIds: [campaign.id], sampleIds: [sample.id], documentIds: [document.id], coverId: cover.id }),
    );
    expect(slug).toBe("shelter-adoption");
    const study = await getCaseStudy(user.id, id);
    expect(study).toMatchObject({
      title: "Turning a shelter's page into an adoption channel",
      periodStart: "2025-10-06",
      workKind: "VOLUNTEER",
      hidden: false,
    });
    expect(study.keyResults.map((row) => [row.kind, row.customName, row.value, row.baseline])).toEqual([
      ["FOLLOWERS", "", 2310, 1450],
      ["CUSTOM", "Adoptions", 31, 18],
    ]);
    expect(study.campaigns).toEqual([{ id: campaign.id, title: campaign.title }]);
    expect(study.samples.map((row) => row.id)).toEqual([sample.id]);
    expect(study.documents.map((row) => row.id)).toEqual([document.id]);
    expect(study.cover).toMatchObject({ id: cover.id, alt: "Cover: a dog in autumn leaves" });

    const options = await listLinkOptions(user.id);
    expect(options.samples).toEqual([{ id: sample.id, title: sample.title, platform: "FACEBOOK" }]);
    expect(options.campaigns).toEqual([{ id: campaign.id, title: campaign.title, currency: "USD" }]);
  });

  it("keeps the currency of its money results, shows it to visitors and on its preview image, and lists the campaigns' currencies for a new one", async () => {
    const { user, portfolio } = await owner();
    await createCampaign(db(), portfolio.id, { currency: "EUR" });
    await createCampaign(db(), portfolio.id, { currency: "EUR" });
    await createCampaign(db(), portfolio.id, { currency: "GBP" });
    const options = await listLinkOptions(user.id);
    expect(options.campaigns.map((campaign) => campaign.currency).sort()).toEqual(["EUR", "EUR", "GBP"]);

    const revenue = { kind: "REVENUE", customName: "", value: "9300", baseline: "", periodStart: "", periodEnd: "", source: "SELF_REPORTED" } as const;
    const { id } = await saveCaseStudy(user.id, input({ currency: "EUR", keyResults: [revenue] }));
    expect((await getCaseStudy(user.id, id)).currency).toBe("EUR");

    await db().portfolio.update({ where: { id: portfolio.id }, data: { visibility: "PUBLIC" } });
    const study = (await getPreviewPortfolio(user.id))!.caseStudies[0]!;
    expect(study.currency).toBe("EUR");
    expect(caseStudyCard((await getPreviewPortfolio(user.id))!, study, "postfolio.test").metric?.value).toBe("€9,300");

    // The same schema refuses a code it does not offer, beside the field.
    const refused = upsertCaseStudySchema.safeParse({ ...input(), currency: "XYZ" });
    expect(refused.error?.issues.map((issue) => issue.path.join("."))).toEqual(["currency"]);
  });

  it("updates key results by id, removes dropped ones, and replaces links", async () => {
    const { user, portfolio } = await owner();
    const [first, second] = [await createCampaign(db(), portfolio.id), await createCampaign(db(), portfolio.id, { title: "Second" })];
    const { id } = await saveCaseStudy(user.id, input({ campaignIds: [first.id] }));
    const before = await getCaseStudy(user.id, id);
    const kept = before.keyResults[1]!;
    await saveCaseStudy(
      user.id,
      input({
        id,
        title: "Renamed",
        campaignIds: [second.id],
        keyResults: [
          { id: kept.id, kind: "CUSTOM", customName: "Adoptions", value: "35", baseline: "18", periodStart: "", periodEnd: "", source: "SELF_REPORTED" },
        ],
      }),
    );
    const after = await getCaseStudy(user.id, id);
    expect(after.title).toBe("Renamed");
    expect(after.keyResults.map((row) => [row.id, row.value])).toEqual([[kept.id, 35]]);
    expect(after.campaigns.map((row) => row.id)).toEqual([second.id]);
    expect(await db().keyResult.count({ where: { caseStudyId: id } })).toBe(1);
  });

  it("refuses another user's campaign, sample or document: NOT_FOUND and nothing saved", async () => {
    const { user } = await owner();
    const other = await owner();
    const foreignCampaign = await createCampaign(db(), other.portfolio.id);
    const foreignSample = await createSample(db(), other.portfolio.id);
    const foreignDocument = await db().strategyDocument.create({ data: { portfolioId: other.portfolio.id, title: "Theirs", kind: "OTHER" } });

    await expectAppError(saveCaseStudy(user.id, input({ campaignIds: [foreignCampaign.id] })), "NOT_FOUND");
    await expectAppError(saveCaseStudy(user.id, input({ sampleIds: [foreignSample.id] })), "NOT_FOUND");
    await expectAppError(saveCaseStudy(user.id, input({ documentIds: [foreignDocument.id] })), "NOT_FOUND");
    expect(await db().caseStudy.count({ where: { portfolio: { userId: user.id } } })).toBe(0);

    // Editing: a foreign link leaves the saved case study as it was.
    const { id } = await saveCaseStudy(user.id, input());
    await expectAppError(saveCaseStudy(user.id, input({ id, title: "Changed", campaignIds: [foreignCampaign.id] })), "NOT_FOUND");
    expect((await getCaseStudy(user.id, id)).title).toBe("Turning a shelter's page into an adoption channel");
    expect(await db().campaign.findUnique({ where: { id: foreignCampaign.id }, select: { caseStudies: { select: { id: true } } } })).toEqual({
      caseStudies: [],
    });
  });

  it("refuses another user's cover image and another user's key result id", async () => {
    const { user } = await owner();
    const other = await owner();
    const theirImage = await image(other.user.id);
    expect((await appErrorOf(saveCaseStudy(user.id, input({ coverId: theirImage.id })))).fieldErrors).toEqual({ coverId: ["coverNotFound"] });

    const theirs = await saveCaseStudy(other.user.id, input());
    const theirResult = (await getCaseStudy(other.user.id, theirs.id)).keyResults[0]!;
    const mine = await saveCaseStudy(user.id, input({ slug: "mine" }));
    await expectAppError(
      saveCaseStudy(
        user.id,
        input({
          id: mine.id,
          slug: "mine",
          keyResults: [
            { id: theirResult.id, kind: "REACH", customName: "", value: "1", baseline: "", periodStart: "", periodEnd: "", source: "SELF_REPORTED" },
          ],
        }),
      ),
      "NOT_FOUND",
    );
    expect((await getCaseStudy(other.user.id, theirs.id)).keyResults[0]!.value).toBe(2310);
  });

  it("keeps slugs unique per portfolio and suggests the next free one; two users may share a slug", async () => {
    const { user } = await owner();
    const other = await owner();
    await saveCaseStudy(user.id, input({ slug: "launch" }));
    expect((await appErrorOf(saveCaseStudy(user.id, input({ slug: "launch" })))).fieldErrors).toEqual({ slug: ["slugTaken"], slugSuggestion: ["launch-2"] });
    await saveCaseStudy(user.id, input({ slug: "launch-2" }));
    expect((await appErrorOf(saveCaseStudy(user.id, input({ slug: "launch" })))).fieldErrors).toEqual({ slug: ["slugTaken"], slugSuggestion: ["launch-3"] });

    // Saving a case study under its own slug is not a conflict.
    const own = await saveCaseStudy(user.id, input({ slug: "own" }));
    await expect(saveCaseStudy(user.id, input({ id: own.id, slug: "own", title: "Same slug" }))).resolves.toEqual({ id: own.id, slug: "own", version: 2 });

    await expect(saveCaseStudy(other.user.id, input({ slug: "launch" }))).resolves.toMatchObject({ slug: "launch" });
  });

  it("validates with the form's schema: slug format, custom names, period order, confidential label", () => {
    const messages = (overrides: Partial<Input>) =>
      upsertCaseStudySchema.safeParse({ ...input(), ...overrides }).error?.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
    expect(messages({ slug: "Not A Slug" })).toEqual(["slug:slugFormat"]);
    expect(messages({ slug: "" })).toEqual(["slug:required"]);
    expect(
      messages({ keyResults: [{ kind: "CUSTOM", customName: "", value: "", baseline: "", periodStart: "", periodEnd: "", source: "SELF_REPORTED" }] }),
    ).toEqual(["keyResults.0.value:required"]);
    expect(
      messages({
        keyResults: [{ kind: "CUSTOM", customName: "", value: "3", baseline: "", periodStart: "2026-02-01", periodEnd: "2026-01-01", source: "SELF_REPORTED" }],
      }),
    ).toEqual(["keyResults.0.customName:required", "keyResults.0.periodEnd:endBeforeStart"]);
    expect(messages({ confidential: true, anonymizedLabel: "", periodStart: "2026-02-01", periodEnd: "2026-01-01" })).toEqual([
      "anonymizedLabel:anonymizedLabelRequired",
      "periodEnd:endBeforeStart",
    ]);
  });

  it("lists, reorders, hides, duplicates and deletes only the owner's case studies", async () => {
    const { user, portfolio } = await owner();
    const other = await owner();
    const a = await createCaseStudy(db(), portfolio.id, { title: "A", slug: "a" });
    const b = await createCaseStudy(db(), portfolio.id, { title: "B", slug: "b" });
    const theirs = await createCaseStudy(db(), other.portfolio.id, { title: "Theirs", slug: "a" });

    expect((await listCaseStudies(user.id)).map((row) => row.title)).toEqual(["A", "B"]);
    await expectAppError(getCaseStudy(user.id, theirs.id), "NOT_FOUND");

    await reorderCaseStudies(user.id, [b.id, a.id]);
    expect((await listCaseStudies(user.id)).map((row) => row.title)).toEqual(["B", "A"]);
    await expectAppError(reorderCaseStudies(user.id, [a.id, theirs.id]), "NOT_FOUND");
    expect((await listCaseStudies(user.id)).map((row) => row.title)).toEqual(["B", "A"]);

    await setCaseStudyHidden(user.id, { id: a.id, hidden: true });
    expect((await getCaseStudy(user.id, a.id)).hidden).toBe(true);
    await expectAppError(setCaseStudyHidden(user.id, { id: theirs.id, hidden: true }), "NOT_FOUND");

    const copy = await duplicateCaseStudy(user.id, b.id, "(copy)");
    const listed = await listCaseStudies(user.id);
    expect(listed.map((row) => [row.title, row.slug])).toEqual([
      ["B", "b"],
      ["B (copy)", "b-copy"],
      ["A", "a"],
    ]);
    expect((await getCaseStudy(user.id, copy.id)).keyResults).toHaveLength(1);
    await expectAppError(duplicateCaseStudy(user.id, theirs.id, "(copy)"), "NOT_FOUND");

    await expectAppError(deleteCaseStudy(user.id, theirs.id), "NOT_FOUND");
    expect(await db().caseStudy.count({ where: { id: theirs.id } })).toBe(1);
  });

  it("deletes a case study with its key results and cover (row and file), keeping linked work", async () => {
    const { user, portfolio } = await owner();
    const campaign = await createCampaign(db(), portfolio.id);
    const cover = await image(user.id);
    const { id } = await saveCaseStudy(user.id, input({ coverId: cover.id, campaignIds: [campaign.id] }));
    await deleteCaseStudy(user.id, id);
    expect(await db().caseStudy.count({ where: { id } })).toBe(0);
    expect(await db().keyResult.count({ where: { caseStudyId: id } })).toBe(0);
    expect(await db().media.count({ where: { id: cover.id } })).toBe(0);
    expect(await db().campaign.count({ where: { id: campaign.id } })).toBe(1);
  });

  it("deletes a replaced cover", async () => {
    const { user } = await owner();
    const first = await image(user.id);
    const second = await image(user.id);
    const { id } = await saveCaseStudy(user.id, input({ coverId: first.id }));
    await saveCaseStudy(user.id, input({ id, coverId: second.id }));
    expect(await db().media.count({ where: { id: first.id } })).toBe(0);
    expect((await getCaseStudy(user.id, id)).cover?.id).toBe(second.id);
  });
});
