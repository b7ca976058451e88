import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getSample, listSamples, countSamplesByPlatform } from "@/lib/samples/data";
import { deleteSample, duplicateSample, reorderSamples, saveSample } from "@/lib/samples/mutations";
import { upsertSampleSchema, type UpsertSampleInput } from "@/lib/samples/schema";
import { createCampaign, createSample } from "@/lib/seed/factories";
import { mediaKey } from "@/lib/storage";
import { createOwner } from "@/tests/support/owner";

const owner = () => createOwner();

function input(overrides: Partial<UpsertSampleInput> = {}) {
  return upsertSampleSchema.parse({
    platform: "INSTAGRAM",
    format: "CAROUSEL",
    title: "5 ways to brew at home",
    caption: "Save this for Sunday.",
    hashtags: "#Coffee, homebrew #coffee",
    postedAt: "2026-03-12",
    url: "https://www.instagram.com/p/abc",
    campaignId: "",
    workKind: "CLIENT",
    client: "Northside Coffee",
    confidential: false,
    anonymizedLabel: "",
    reach: "12,400",
    likes: "830",
    mediaIds: [],
    ...overrides,
  });
}

async function image(userId: string) {
  const id = randomUUID();
  return db().media.create({
    data: { id, userId, kind: "IMAGE", mimeType: "image/webp", displayKey: mediaKey(userId, id, "display.webp"), bytes: 1, alt: `Slide ${id.slice(0, 4)}` },
  });
}

async function expectNotFound(promise: Promise<unknown>) {
  await expect(promise).rejects.toSatisfy((error) => error instanceof AppError && error.code === "NOT_FOUND");
}

describe("content samples", () => {
  it("creates a sample with normalised hashtags, numbers, a campaign link and ordered images", async () => {
    const { user, portfolio } = await owner();
    const campaign = await createCampaign(db(), portfolio.id);
    const [first, second] = [await image(user.id), await image(user.id)];
    const { id } = await saveSample(user.id, input({ campaignId: campaign.id, mediaIds: [second.id, first.id] }));
    const sample = await getSample(user.id, id);
    expect(sample).toMatchObject({ hashtags: ["Coffee", "homebrew"], reach: 12400, likes: 830, postedAt: "2026-03-12", campaign: { id: campaign.id } });
    expect(sample.media.map((m) => m.id)).toEqual([second.id, first.id]);
  });

  it("updates a sample, reorders its images and deletes removed ones", async () => {
    const { user } = await owner();
    const [a, b, c] = [await image(user.id), await image(user.id), await image(user.id)];
    const { id } = await saveSample(user.id, input({ mediaIds: [a.id, b.id] }));
    await saveSample(user.id, input({ id, title: "Updated", mediaIds: [c.id, a.id] }));
    const sample = await getSample(user.id, id);
    expect(sample.title).toBe("Updated");
    expect(sample.media.map((m) => m.id)).toEqual([c.id, a.id]);
    expect(await db().media.findUnique({ where: { id: b.id } })).toBeNull();
  });

  it("refuses someone else's campaign or image, and changes nothing", async () => {
    const { user } = await owner();
    const stranger = await owner();
    const foreignCampaign = await createCampaign(db(), stranger.portfolio.id);
    const foreignImage = await image(stranger.user.id);
    const { id } = await saveSample(user.id, input());
    await expectNotFound(saveSample(user.id, input({ id, title: "Changed", campaignId: foreignCampaign.id })));
    await expect(saveSample(user.id, input({ id, title: "Changed", mediaIds: [foreignImage.id] }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { mediaIds: ["mediaNotFound"] },
    });
    expect((await getSample(user.id, id)).title).toBe("5 ways to brew at home");
    expect((await db().media.findUniqueOrThrow({ where: { id: foreignImage.id } })).contentSampleId).toBeNull();
  });

  it("filters by platform and counts per platform", async () => {
    const { user, portfolio } = await owner();
    await createSample(db(), portfolio.id, { platform: "INSTAGRAM" });
    await createSample(db(), portfolio.id, { platform: "TIKTOK", format: "SHORT_VIDEO", title: "Latte art in 15s" });
    expect((await listSamples(user.id, { platform: "TIKTOK" })).map((s) => s.title)).toEqual(["Latte art in 15s"]);
    expect(await countSamplesByPlatform(user.id)).toEqual({ INSTAGRAM: 1, TIKTOK: 1 });
  });

  it("duplicates (without images) right after the original, reorders and deletes with images", async () => {
    const { user, portfolio } = await owner();
    const img = await image(user.id);
    const a = await saveSample(user.id, input({ title: "A", mediaIds: [img.id] }));
    const b = await createSample(db(), portfolio.id, { title: "B" });
    const copy = await duplicateSample(user.id, a.id, "(copy)");
    let list = await listSamples(user.id);
    expect(list.map((s) => s.title)).toEqual(["A", "A (copy)", "B"]);
    expect(list[1]!.media).toEqual([]);
    await reorderSamples(user.id, [b.id, copy.id, a.id]);
    list = await listSamples(user.id);
    expect(list.map((s) => s.title)).toEqual(["B", "A (copy)", "A"]);
    await deleteSample(user.id, a.id);
    expect(await db().contentSample.findUnique({ where: { id: a.id } })).toBeNull();
    expect(await db().media.findUnique({ where: { id: img.id } })).toBeNull();
  });

  it("gives another user NOT_FOUND for every action, and nothing changes", async () => {
    const { user } = await owner();
    const intruder = await owner();
    const { id } = await saveSample(user.id, input());
    const theirs = await createSample(db(), intruder.portfolio.id);
    const before = await listSamples(user.id);

    await expectNotFound(getSample(intruder.user.id, id));
    await expectNotFound(saveSample(intruder.user.id, input({ id, title: "Hijacked" })));
    await expectNotFound(deleteSample(intruder.user.id, id));
    await expectNotFound(duplicateSample(intruder.user.id, id, "(copy)"));
    await expectNotFound(reorderSamples(intruder.user.id, [theirs.id, id]));

    expect(await listSamples(user.id)).toEqual(before);
    expect(await listSamples(intruder.user.id)).toHaveLength(1);
  });
});
