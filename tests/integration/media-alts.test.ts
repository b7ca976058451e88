import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { saveCampaign } from "@/lib/campaigns/mutations";
import { upsertCampaignSchema } from "@/lib/campaigns/schema";
import { saveCaseStudy } from "@/lib/case-studies/mutations";
import { upsertCaseStudySchema } from "@/lib/case-studies/schema";
import { saveDocument } from "@/lib/documents/mutations";
import { upsertDocumentSchema } from "@/lib/documents/schema";
import { updateProfile } from "@/lib/portfolio/mutations";
import { updateProfileSchema, type UpdateProfileInput } from "@/lib/portfolio/schema";
import { saveSample } from "@/lib/samples/mutations";
import { upsertSampleSchema, type UpsertSampleInput } from "@/lib/samples/schema";
import { createUser, ensurePortfolio } from "@/lib/seed/factories";
import { mediaKey } from "@/lib/storage";
import { appErrorOf } from "@/tests/support/app-error";
import { campaignForm, caseStudyForm, documentForm, metricForm, profileForm, sampleForm } from "@/tests/support/forms";

// Uploads start when a file is picked, before its alt text is written: the
// item's save writes the alt text (owner-scoped) and requires it for images.

async function owner() {
  const user = await createUser(db());
  await ensurePortfolio(db(), user.id);
  return user;
}

/** A stored upload's row, as the upload route leaves it when the alt text was not typed yet. */
async function upload(userId: string, kind: "IMAGE" | "PDF" = "IMAGE", alt = "") {
  const id = randomUUID();
  return db().media.create({
    data: {
      id,
      userId,
      kind,
      mimeType: kind === "IMAGE" ? "image/webp" : "application/pdf",
      displayKey: mediaKey(userId, id, kind === "IMAGE" ? "display.webp" : "document.pdf"),
      bytes: 1,
      alt,
    },
  });
}

const altOf = async (id: string) => (await db().media.findUniqueOrThrow({ where: { id }, select: { alt: true } })).alt;

const profile = (overrides: Partial<UpdateProfileInput>) => updateProfileSchema.parse(profileForm(overrides));

const sample = (overrides: Partial<UpsertSampleInput>) =>
  upsertSampleSchema.parse(sampleForm({ format: "CAROUSEL", title: "Autumn menu carousel", workKind: "PERSONAL_BRAND", ...overrides }));

/** A sample's images, each with the alt text typed beside it, in order: the form's mediaIds and mediaAlts. */
const images = (...typed: Array<[mediaId: string, alt: string]>) => ({
  mediaIds: typed.map(([mediaId]) => mediaId),
  mediaAlts: typed.map(([mediaId, alt]) => ({ mediaId, alt })),
});

describe("alt text saved with the item", () => {
  it("saves a profile photo's alt text with the profile", async () => {
    const user = await owner();
    const photo = await upload(user.id);
    await updateProfile(user.id, profile({ avatarId: photo.id, mediaAlts: [{ mediaId: photo.id, alt: "  Sam at a desk with a laptop " }] }));
    expect(await altOf(photo.id)).toBe("Sam at a desk with a laptop");
    expect((await db().portfolio.findUniqueOrThrow({ where: { userId: user.id } })).avatarId).toBe(photo.id);
  });

  it("refuses a profile photo without alt text beside it, saving nothing", async () => {
    const user = await owner();
    const photo = await upload(user.id);
    const error = await appErrorOf(
      updateProfile(user.id, profile({ displayName: "Changed", avatarId: photo.id, mediaAlts: [{ mediaId: photo.id, alt: "  " }] })),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ "mediaAlts.0.alt": ["altRequired"] });
    // An image the form sent no alt text for at all: the error goes to the photo field.
    const bare = await appErrorOf(updateProfile(user.id, profile({ avatarId: photo.id })));
    expect(bare.fieldErrors).toEqual({ avatarId: ["altRequired"] });
    const portfolio = await db().portfolio.findUniqueOrThrow({ where: { userId: user.id } });
    // Unchanged: the display name the account was created with.
    expect(portfolio).toMatchObject({ avatarId: null, displayName: user.name });
  });

  it("reads another user's media id as not found and changes nothing", async () => {
    const user = await owner();
    const other = await owner();
    const theirs = await upload(other.id, "IMAGE", "Their chart");
    const error = await appErrorOf(updateProfile(user.id, profile({ mediaAlts: [{ mediaId: theirs.id, alt: "Hijacked" }] })));
    expect(error.code).toBe("NOT_FOUND");
    expect(await altOf(theirs.id)).toBe("Their chart");
    const sampleError = await appErrorOf(saveSample(user.id, sample({ mediaAlts: [{ mediaId: theirs.id, alt: "Hijacked" }] })));
    expect(sampleError.code).toBe("NOT_FOUND");
    expect(await altOf(theirs.id)).toBe("Their chart");
    expect(await db().contentSample.count({ where: { portfolio: { userId: user.id } } })).toBe(0);
  });

  it("saves a sample's images with the alt text typed before and after their uploads, in order", async () => {
    const user = await owner();
    const first = await upload(user.id, "IMAGE", "Typed before the upload ended");
    const second = await upload(user.id);
    const { id } = await saveSample(user.id, sample(images([first.id, "Typed before the upload ended"], [second.id, "Typed after it"])));
    const rows = await db().media.findMany({ where: { contentSampleId: id }, orderBy: { position: "asc" }, select: { id: true, alt: true } });
    expect(rows).toEqual([
      { id: first.id, alt: "Typed before the upload ended" },
      { id: second.id, alt: "Typed after it" },
    ]);
  });

  it("puts a missing alt text beside that image and keeps the sample unsaved", async () => {
    const user = await owner();
    const [first, second] = [await upload(user.id), await upload(user.id)];
    const error = await appErrorOf(saveSample(user.id, sample(images([first.id, "Flat lay of the menu"], [second.id, ""]))));
    expect(error.fieldErrors).toEqual({ "mediaAlts.1.alt": ["altRequired"] });
    expect(await db().contentSample.count({ where: { portfolio: { userId: user.id } } })).toBe(0);
    expect(await altOf(first.id)).toBe("");
    expect((await db().media.findUniqueOrThrow({ where: { id: first.id } })).contentSampleId).toBeNull();
  });

  it("saves the title of a document's PDF (optional) and of campaign evidence, and a case study cover's alt text", async () => {
    const user = await owner();
    const pdf = await upload(user.id, "PDF");
    await saveDocument(
      user.id,
      upsertDocumentSchema.parse(documentForm({ title: "Strategy", kind: "SOCIAL_MEDIA_STRATEGY", pdfId: pdf.id, campaignId: null })),
    );
    expect(await altOf(pdf.id)).toBe("");
    const renamed = await upload(user.id, "PDF");
    await saveDocument(
      user.id,
      upsertDocumentSchema.parse(
        documentForm({
          title: "Strategy 2",
          kind: "SOCIAL_MEDIA_STRATEGY",
          pdfId: renamed.id,
          campaignId: null,
          mediaAlts: [{ mediaId: renamed.id, alt: "Q3 content calendar" }],
        }),
      ),
    );
    expect(await altOf(renamed.id)).toBe("Q3 content calendar");

    const evidence = await upload(user.id);
    const campaign = campaignForm({
      workKind: "PERSONAL_BRAND",
      platforms: ["INSTAGRAM"],
      metrics: [metricForm({ value: "48k", source: "SCREENSHOT", evidenceId: evidence.id })],
    });
    const refused = await appErrorOf(saveCampaign(user.id, upsertCampaignSchema.parse({ ...campaign, mediaAlts: [{ mediaId: evidence.id, alt: "" }] })));
    expect(refused.fieldErrors).toEqual({ "mediaAlts.0.alt": ["altRequired"] });
    await saveCampaign(user.id, upsertCampaignSchema.parse({ ...campaign, mediaAlts: [{ mediaId: evidence.id, alt: "Insights screenshot: 48k reach" }] }));
    expect(await altOf(evidence.id)).toBe("Insights screenshot: 48k reach");

    const cover = await upload(user.id);
    await saveCaseStudy(
      user.id,
      upsertCaseStudySchema.parse(
        caseStudyForm({
          title: "Shelter adoptions",
          slug: `shelter-${cover.id.slice(0, 8)}`,
          workKind: "VOLUNTEER",
          currency: "USD",
          coverId: cover.id,
          mediaAlts: [{ mediaId: cover.id, alt: "A volunteer walking an old dog" }],
        }),
      ),
    );
    expect(await altOf(cover.id)).toBe("A volunteer walking an old dog");
  });
});
