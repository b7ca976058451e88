import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";

const storageDir = await vi.hoisted(async () => (await import("@/tests/support/temp-storage")).tempStorageDir("postfolio-media-"));

import { db } from "@/lib/db/client";
import { createUser } from "@/lib/seed/factories";
import { canReadMedia } from "@/lib/media/data";
import { mediaSignature } from "@/lib/media/signing";
import { generateShareToken } from "@/lib/sharing/token";
import { collectMediaForCascade, deleteUserFiles, removeStoredFiles, sweepOrphanMedia, uploadMedia } from "@/lib/media/mutations";
import type { MediaView } from "@/lib/media/types";
import { minimalPdf } from "../unit/media-fixtures";

let png: Buffer;
beforeAll(async () => {
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#16a34a" } })
    .png()
    .toBuffer();
});

const image = (userId: string, alt = "A chart") => uploadMedia(userId, { bytes: png, alt, purpose: "sample" });
const pdf = (userId: string) => uploadMedia(userId, { bytes: minimalPdf(2), alt: "Plan", purpose: "document" });
const filesOf = (media: MediaView, userId: string) => path.join(storageDir, userId, media.id);
const stored = (userId: string, media: MediaView) => existsSync(filesOf(media, userId)) && readdirSync(filesOf(media, userId)).length > 0;

async function portfolioWithItems(userId: string, visibility: "DRAFT" | "UNLISTED" | "PUBLIC" = "PUBLIC") {
  const portfolio = await db().portfolio.update({ where: { userId }, data: { displayName: "Sam", visibility } });
  const campaign = await db().campaign.create({
    data: { portfolioId: portfolio.id, title: "Autumn launch", workKind: "CLIENT", startDate: new Date("2026-09-01"), objective: "ENGAGEMENT" },
  });
  const sample = await db().contentSample.create({
    data: { portfolioId: portfolio.id, platform: "INSTAGRAM", format: "IMAGE_POST", title: "Menu post", workKind: "CLIENT" },
  });
  return { portfolio, campaign, sample };
}

describe("deleteUserFiles", () => {
  it("removes every file and row of that user only", async () => {
    const leaving = await createUser(db());
    const staying = await createUser(db());
    const gone = [await image(leaving.id), await pdf(leaving.id)];
    const kept = await image(staying.id);

    await deleteUserFiles(leaving.id);

    expect(existsSync(path.join(storageDir, leaving.id))).toBe(false);
    expect(await db().media.count({ where: { userId: leaving.id } })).toBe(0);
    expect(gone.every((media) => !stored(leaving.id, media))).toBe(true);
    expect(stored(staying.id, kept)).toBe(true);
    expect(await db().media.count({ where: { userId: staying.id } })).toBe(1);
  });

  it("also works after the account row is gone (its media rows went with it)", async () => {
    const user = await createUser(db());
    const media = await image(user.id);
    await db().user.delete({ where: { id: user.id } });
    expect(stored(user.id, media)).toBe(true);
    await deleteUserFiles(user.id);
    expect(existsSync(path.join(storageDir, user.id))).toBe(false);
  });
});

describe("sweepOrphanMedia", () => {
  it("removes only unreferenced uploads older than the cutoff", async () => {
    const user = await createUser(db());
    const { portfolio, campaign, sample } = await portfolioWithItems(user.id, "DRAFT");
    const oldOrphan = await image(user.id, "abandoned");
    const avatar = await image(user.id, "avatar");
    const evidence = await pdf(user.id);
    const sampleImage = await image(user.id, "sample");
    const documentPdf = await pdf(user.id);
    const cover = await image(user.id, "cover");
    const freshOrphan = await image(user.id, "just uploaded");

    await db().portfolio.update({ where: { id: portfolio.id }, data: { avatarId: avatar.id } });
    await db().metric.create({ data: { campaignId: campaign.id, kind: "REACH", value: 12500, evidenceId: evidence.id } });
    await db().media.update({ where: { id: sampleImage.id }, data: { contentSampleId: sample.id } });
    await db().strategyDocument.create({ data: { portfolioId: portfolio.id, title: "Q3 plan", kind: await documentKind(), pdfId: documentPdf.id } });
    await db().caseStudy.create({ data: { portfolioId: portfolio.id, title: "Relaunch", slug: "relaunch", coverId: cover.id } });

    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    await db().media.updateMany({ where: { userId: user.id, id: { not: freshOrphan.id } }, data: { createdAt: twoDaysAgo } });

    const removed = await sweepOrphanMedia(new Date(Date.now() - 24 * 3600 * 1000));

    expect(removed).toBe(1);
    expect(await db().media.findUnique({ where: { id: oldOrphan.id } })).toBeNull();
    expect(stored(user.id, oldOrphan)).toBe(false);
    for (const kept of [avatar, evidence, sampleImage, documentPdf, cover, freshOrphan]) {
      expect(await db().media.findUnique({ where: { id: kept.id } })).not.toBeNull();
      expect(stored(user.id, kept)).toBe(true);
    }
  });
});

describe("collectMediaForCascade", () => {
  it("returns the media and keys that go with a campaign or a sample, for their owner only", async () => {
    const owner = await createUser(db());
    const other = await createUser(db());
    const { campaign, sample } = await portfolioWithItems(owner.id);
    const evidence = await image(owner.id, "reach screenshot");
    const sampleImage = await image(owner.id, "post");
    await db().metric.create({ data: { campaignId: campaign.id, kind: "REACH", value: 1, evidenceId: evidence.id } });
    await db().media.update({ where: { id: sampleImage.id }, data: { contentSampleId: sample.id } });

    const forCampaign = await collectMediaForCascade(owner.id, { campaignId: campaign.id });
    expect(forCampaign.mediaIds).toEqual([evidence.id]);
    expect(forCampaign.keys.sort()).toEqual([`${owner.id}/${evidence.id}/display.webp`, `${owner.id}/${evidence.id}/thumb.webp`]);
    expect((await collectMediaForCascade(owner.id, { contentSampleId: sample.id })).mediaIds).toEqual([sampleImage.id]);
    expect(await collectMediaForCascade(other.id, { campaignId: campaign.id })).toEqual({ mediaIds: [], keys: [] });

    // The caller's side: delete the item and its media in one transaction, then the files.
    await db().$transaction([
      db().campaign.delete({ where: { id: campaign.id } }),
      db().media.deleteMany({ where: { id: { in: forCampaign.mediaIds }, userId: owner.id } }),
    ]);
    await removeStoredFiles(forCampaign.keys);
    expect(stored(owner.id, evidence)).toBe(false);
    expect(await db().media.count({ where: { id: evidence.id } })).toBe(0);
  });
});

describe("canReadMedia", () => {
  it("lets anyone read media attached to a visible item of a published portfolio, and nothing else", async () => {
    const owner = await createUser(db());
    const visitor = await createUser(db());
    const { portfolio, campaign, sample } = await portfolioWithItems(owner.id, "PUBLIC");
    const avatar = await image(owner.id);
    const evidence = await image(owner.id);
    const sampleImage = await image(owner.id);
    const loose = await image(owner.id);
    await db().portfolio.update({ where: { id: portfolio.id }, data: { avatarId: avatar.id } });
    await db().metric.create({ data: { campaignId: campaign.id, kind: "REACH", value: 1, evidenceId: evidence.id } });
    await db().media.update({ where: { id: sampleImage.id }, data: { contentSampleId: sample.id } });

    for (const media of [avatar, evidence, sampleImage]) {
      expect(await canReadMedia(media.id, null)).toMatchObject({ audience: "public" });
      expect(await canReadMedia(media.id, { userId: visitor.id })).toMatchObject({ audience: "public" });
      expect(await canReadMedia(media.id, { userId: owner.id })).toMatchObject({ audience: "owner" });
    }
    expect(await canReadMedia(loose.id, null)).toBeNull();

    // Hidden item, hidden section, then unpublished: each takes the media back.
    await db().campaign.update({ where: { id: campaign.id }, data: { hidden: true } });
    expect(await canReadMedia(evidence.id, null)).toBeNull();
    await db().portfolio.update({ where: { id: portfolio.id }, data: { hiddenSections: ["samples"] } });
    expect(await canReadMedia(sampleImage.id, null)).toBeNull();
    expect(await canReadMedia(avatar.id, null)).toMatchObject({ audience: "public" });
    await db().portfolio.update({ where: { id: portfolio.id }, data: { visibility: "DRAFT" } });
    expect(await canReadMedia(avatar.id, { userId: visitor.id })).toBeNull();
    expect(await canReadMedia(avatar.id, { userId: owner.id })).toMatchObject({ audience: "owner" });
  });
});

describe("canReadMedia for an UNLISTED portfolio", () => {
  it("needs the signature from a share link's view; a bare id, a wrong or another item's signature read as not found", async () => {
    const owner = await createUser(db());
    const visitor = await createUser(db());
    const { portfolio, sample } = await portfolioWithItems(owner.id, "UNLISTED");
    const link = await db().shareLink.create({ data: { portfolioId: portfolio.id, token: generateShareToken(), recipientName: "Jane" } });
    const signed = (mediaId: string, signedFor = mediaId) => ({ shareLinkId: link.id, signature: mediaSignature(signedFor, link.id) });
    const avatar = await image(owner.id);
    const sampleImage = await image(owner.id);
    await db().portfolio.update({ where: { id: portfolio.id }, data: { avatarId: avatar.id } });
    await db().media.update({ where: { id: sampleImage.id }, data: { contentSampleId: sample.id } });

    for (const media of [avatar, sampleImage]) {
      expect(await canReadMedia(media.id, null)).toBeNull();
      expect(await canReadMedia(media.id, { userId: visitor.id })).toBeNull();
      expect(await canReadMedia(media.id, null, { shareLinkId: link.id, signature: "not-the-signature" })).toBeNull();
      expect(await canReadMedia(media.id, null, signed(media.id))).toMatchObject({ id: media.id, audience: "link" });
      expect(await canReadMedia(media.id, { userId: visitor.id }, signed(media.id))).toMatchObject({ audience: "link" });
      expect(await canReadMedia(media.id, { userId: owner.id })).toMatchObject({ audience: "owner" });
    }
    expect(await canReadMedia(avatar.id, null, signed(avatar.id, sampleImage.id))).toBeNull();

    // A signature opens nothing the visitor view would not show: hidden sections, unattached uploads, drafts.
    const loose = await image(owner.id);
    expect(await canReadMedia(loose.id, null, signed(loose.id))).toBeNull();
    await db().portfolio.update({ where: { id: portfolio.id }, data: { hiddenSections: ["samples"] } });
    expect(await canReadMedia(sampleImage.id, null, signed(sampleImage.id))).toBeNull();
    await db().portfolio.update({ where: { id: portfolio.id }, data: { visibility: "DRAFT" } });
    expect(await canReadMedia(avatar.id, null, signed(avatar.id))).toBeNull();
    // Made public, the same media needs no signature.
    await db().portfolio.update({ where: { id: portfolio.id }, data: { visibility: "PUBLIC" } });
    expect(await canReadMedia(avatar.id, null)).toMatchObject({ audience: "public" });
  });

  it("ends with the share link: revoked, expired, or another portfolio's link opens nothing (issue #13)", async () => {
    const owner = await createUser(db());
    const { portfolio } = await portfolioWithItems(owner.id, "UNLISTED");
    const avatar = await image(owner.id);
    await db().portfolio.update({ where: { id: portfolio.id }, data: { avatarId: avatar.id } });
    const link = await db().shareLink.create({ data: { portfolioId: portfolio.id, token: generateShareToken(), recipientName: "Jane" } });
    const access = { shareLinkId: link.id, signature: mediaSignature(avatar.id, link.id) };
    expect(await canReadMedia(avatar.id, null, access)).toMatchObject({ audience: "link" });

    await db().shareLink.update({ where: { id: link.id }, data: { revokedAt: new Date() } });
    expect(await canReadMedia(avatar.id, null, access)).toBeNull();

    const expiring = await db().shareLink.create({
      data: { portfolioId: portfolio.id, token: generateShareToken(), recipientName: "Ann", expiresAt: new Date("2030-01-01T00:00:00Z") },
    });
    const expiringAccess = { shareLinkId: expiring.id, signature: mediaSignature(avatar.id, expiring.id) };
    expect(await canReadMedia(avatar.id, null, expiringAccess, new Date("2029-12-31T23:59:59Z"))).toMatchObject({ audience: "link" });
    expect(await canReadMedia(avatar.id, null, expiringAccess, new Date("2030-01-01T00:00:00Z"))).toBeNull();

    // A valid signature for a link of someone else's portfolio does not open this one's media.
    const stranger = await createUser(db());
    const other = await portfolioWithItems(stranger.id, "UNLISTED");
    const foreign = await db().shareLink.create({ data: { portfolioId: other.portfolio.id, token: generateShareToken(), recipientName: "Bo" } });
    expect(await canReadMedia(avatar.id, null, { shareLinkId: foreign.id, signature: mediaSignature(avatar.id, foreign.id) })).toBeNull();
  });
});

async function documentKind() {
  const { DocumentKind } = await import("@/lib/db/generated/enums");
  return Object.values(DocumentKind)[0]!;
}
