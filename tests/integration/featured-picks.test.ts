import { describe, expect, it } from "vitest";

// Outside Next there is no data cache: run the cached functions directly.

import { revalidateTag } from "next/cache";
import { db } from "@/lib/db/client";
import { getFeaturedChoices } from "@/lib/featured/data";
import { updateFeatured } from "@/lib/featured/mutations";
import { updateFeaturedSchema } from "@/lib/featured/schema";
import { getPublicPortfolio } from "@/lib/public/data";
import { createShareLink } from "@/lib/sharing/mutations";
import { getSharedPortfolio } from "@/lib/sharing/read-model";
import { createCampaign, createCaseStudy, createSample, createUser } from "@/lib/seed/factories";

// The featured strip end to end below the page: picks saved for the owner only,
// read back through the cached public view, and never showing what a visitor
// may not see.

async function owner() {
  const user = await createUser(db());
  const portfolio = await db().portfolio.update({ where: { userId: user.id }, data: { displayName: user.name, visibility: "PUBLIC" } });
  const campaign = await createCampaign(db(), portfolio.id, {
    metrics: {
      create: [
        { kind: "REACH", value: 48000 },
        { position: 1, kind: "FOLLOWERS", value: 3050, baseline: 2400 },
      ],
    },
  });
  const study = await createCaseStudy(db(), portfolio.id);
  const samples = [];
  for (const title of ["Reel", "Carousel", "Story"]) {
    const sample = await createSample(db(), portfolio.id, { title });
    const media = [];
    for (let position = 0; position < 2; position++) {
      media.push(
        await db().media.create({
          data: {
            userId: user.id,
            kind: "IMAGE",
            mimeType: "image/webp",
            displayKey: `${user.id}/${title}-${position}.webp`,
            bytes: 10,
            alt: `${title} ${position}`,
            contentSampleId: sample.id,
            position,
          },
        }),
      );
    }
    samples.push({ sample, media });
  }
  const metrics = await db().metric.findMany({ where: { campaignId: campaign.id }, orderBy: { position: "asc" } });
  const keyResults = await db().keyResult.findMany({ where: { caseStudyId: study.id } });
  return { user, portfolio, campaign, study, samples, metrics, keyResults };
}

describe("featured picks", () => {
  it("defaults, then the owner's picks in their order, on the next public read", async () => {
    const o = await owner();
    const before = (await getPublicPortfolio(o.user.handle))!;
    expect(before.featured.picked).toBe(false);
    expect(before.featured.images.map((i) => i.image.alt)).toEqual(["Reel 0", "Carousel 0", "Story 0", "Reel 1"]);
    // The figures with growth first (followers +27 %; the case study's identical 3,050 followers is not repeated), then reach.
    expect(before.featured.figures.map((f) => [f.from.kind, f.result.kind])).toEqual([
      ["campaign", "FOLLOWERS"],
      ["campaign", "REACH"],
    ]);

    const picks = updateFeaturedSchema.parse({
      mediaIds: [o.samples[2]!.media[1]!.id, o.samples[0]!.media[0]!.id],
      resultIds: [o.keyResults[0]!.id, o.metrics[0]!.id],
    });
    await updateFeatured(o.user.id, picks);
    expect(revalidateTag).toHaveBeenCalledWith(`portfolio:${o.user.id}`, { expire: 0 });
    const after = (await getPublicPortfolio(o.user.handle))!;
    expect(after.featured.picked).toBe(true);
    expect(after.featured.images.map((i) => i.image.alt)).toEqual(["Story 1", "Reel 0"]);
    expect(after.featured.figures.map((f) => [f.from.kind, f.result.kind])).toEqual([
      ["caseStudy", "FOLLOWERS"],
      ["campaign", "REACH"],
    ]);

    const choices = await getFeaturedChoices(o.user.id);
    expect(choices.images).toHaveLength(6);
    expect(choices.figures).toHaveLength(3);
    expect(choices.picked.mediaIds).toEqual(picks.mediaIds);
    expect(choices.shown.resultIds).toEqual(picks.resultIds);
  });

  it("refuses another owner's images and results, and stores nothing", async () => {
    const o = await owner();
    const other = await owner();
    await expect(updateFeatured(o.user.id, { mediaIds: [other.samples[0]!.media[0]!.id], resultIds: [] })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { mediaIds: ["unknown"] },
    });
    await expect(updateFeatured(o.user.id, { mediaIds: [], resultIds: [o.metrics[0]!.id, other.keyResults[0]!.id] })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { resultIds: ["unknown"] },
    });
    const row = await db().portfolio.findUniqueOrThrow({ where: { userId: o.user.id }, select: { featuredMediaIds: true, featuredResultIds: true } });
    expect(row).toEqual({ featuredMediaIds: [], featuredResultIds: [] });
    expect(updateFeaturedSchema.safeParse({ mediaIds: ["a", "b", "c", "d", "e"], resultIds: ["x", "x"] }).error?.issues.map((i) => i.message)).toEqual([
      "tooManyImages",
      "duplicate",
    ]);
  });

  it("skips picks that are hidden now, and a share link without campaigns shows none of their figures", async () => {
    const o = await owner();
    await updateFeatured(o.user.id, { mediaIds: [o.samples[1]!.media[0]!.id], resultIds: [o.metrics[1]!.id] });
    await db().contentSample.update({ where: { id: o.samples[1]!.sample.id }, data: { hidden: true } });
    const view = (await getPublicPortfolio(o.user.handle))!;
    // The hidden sample's image is gone; the images fall back to the defaults of what is visible.
    expect(view.featured.images.map((i) => i.image.alt)).toEqual(["Reel 0", "Story 0", "Reel 1", "Story 1"]);
    expect(view.featured.figures.map((f) => f.result.id)).toEqual([o.metrics[1]!.id]);

    const link = await createShareLink(o.user.id, {
      recipientName: "Jane",
      company: "Acme",
      note: "",
      expiresAt: null,
      anonymizeAll: false,
      sections: ["samples"],
    });
    const shared = await getSharedPortfolio(link.token);
    expect(shared.status).toBe("active");
    if (shared.status !== "active") return;
    expect(shared.portfolio.featured.figures).toEqual([]);
    expect(shared.portfolio.featured.images).toHaveLength(4);
  });
});
