import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const storageDir = mkdtempSync(path.join(os.tmpdir(), "postfolio-coach-"));
process.env.STORAGE_DIR = storageDir;
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const sharp = (await import("sharp")).default;
const { db } = await import("@/lib/db/client");
const { getCoachSnapshot } = await import("@/lib/coach/data");
const { evaluateCoach } = await import("@/lib/coach/rules");
const { uploadMedia } = await import("@/lib/media/mutations");
const factories = await import("@/lib/seed/factories");

async function coachOf(userId: string) {
  return evaluateCoach(await getCoachSnapshot(userId));
}

function openKeys(result: Awaited<ReturnType<typeof coachOf>>) {
  return result.items.filter((item) => !item.done).map((item) => item.key);
}

async function image(userId: string, alt: string) {
  const bytes = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#0f766e" } })
    .png()
    .toBuffer();
  return uploadMedia(userId, { bytes, alt, purpose: "sample" });
}

describe("coach snapshot", () => {
  it("scores a new account 0", async () => {
    const user = await factories.createUser(db());
    expect((await coachOf(user.id)).score).toBe(0);
    await factories.ensurePortfolio(db(), user.id);
    expect((await coachOf(user.id)).score).toBe(0);
  });

  it("rises rule by rule to 100 for a portfolio built with the factories", async () => {
    const user = await factories.createUser(db());
    const portfolio = await factories.ensurePortfolio(db(), user.id);
    const campaign = await factories.createCampaign(db(), portfolio.id, { metrics: { create: [{ kind: "REACH", value: 1000 }] } });
    let result = await coachOf(user.id);
    expect(result.items.find((item) => item.key === "campaigns")?.done).toBe(true);
    expect(result.items.find((item) => item.key === "metricBaseline")).toMatchObject({ done: false, href: `/dashboard/campaigns/${campaign.id}` });

    await db().metric.create({ data: { campaignId: campaign.id, kind: "FOLLOWERS", value: 3050, baseline: 2400 } });
    const sample = await factories.createSample(db(), portfolio.id, { platform: "INSTAGRAM", client: "Northside Coffee" });
    const untitled = await image(user.id, "A carousel slide");
    await db().media.update({ where: { id: untitled.id }, data: { contentSampleId: sample.id, alt: "" } });
    // A mock post with no client is labelled; a "client" post with no client name is not.
    const unlabelled = await factories.createSample(db(), portfolio.id, { platform: "TIKTOK", client: "", workKind: "CLIENT" });
    result = await coachOf(user.id);
    expect(result.items.find((item) => item.key === "twoPlatforms")?.done).toBe(true);
    expect(result.items.find((item) => item.key === "imageAlt")).toMatchObject({ done: false, href: `/dashboard/samples/${sample.id}` });
    expect(result.items.find((item) => item.key === "workLabelled")).toMatchObject({ done: false, href: `/dashboard/samples/${unlabelled.id}` });

    await db().media.update({ where: { id: untitled.id }, data: { alt: "A carousel slide" } });
    await db().contentSample.update({ where: { id: unlabelled.id }, data: { workKind: "MOCK" } });
    await db().calendar.create({ data: { portfolioId: portfolio.id, title: "Q2 plan", startMonth: new Date("2026-04-01"), endMonth: new Date("2026-06-01") } });
    await factories.createCaseStudy(db(), portfolio.id);
    await factories.createCertification(db(), portfolio.id);
    const avatar = await uploadMedia(user.id, {
      bytes: await sharp({ create: { width: 20, height: 20, channels: 3, background: "#4338ca" } })
        .png()
        .toBuffer(),
      alt: "Portrait",
      purpose: "avatar",
    });
    await db().portfolio.update({
      where: { id: portfolio.id },
      data: { avatarId: avatar.id, headline: "Social media manager · hospitality", bio: "I grow local brands.", website: "https://me.example.com" },
    });

    result = await coachOf(user.id);
    expect(openKeys(result)).toEqual([]);
    expect(result.score).toBe(100);
  });

  it("walks the first-run path from the portfolio's real data", async () => {
    const { firstRunPath } = await import("@/lib/coach/first-run");
    const user = await factories.createUser(db());
    const portfolio = await factories.ensurePortfolio(db(), user.id);
    const pathOf = async () => firstRunPath(await getCoachSnapshot(user.id));
    expect(await pathOf()).toMatchObject({ doneCount: 0, current: "profile" });

    // A campaign without results is not the step yet; its first metric is.
    const campaign = await factories.createCampaign(db(), portfolio.id);
    expect((await pathOf()).steps[1]).toMatchObject({ done: false, href: `/dashboard/campaigns/${campaign.id}` });
    await db().metric.create({ data: { campaignId: campaign.id, kind: "REACH", value: 18400 } });
    expect((await pathOf()).steps[1]!.done).toBe(true);

    await factories.createSample(db(), portfolio.id, { platform: "TIKTOK" });
    const avatar = await image(user.id, "Portrait");
    await db().portfolio.update({ where: { userId: user.id }, data: { avatarId: avatar.id, headline: "Social media volunteer" } });
    expect(await pathOf()).toMatchObject({ doneCount: 3, current: "publish" });
    await db().portfolio.update({ where: { userId: user.id }, data: { visibility: "PUBLIC", publishedAt: new Date() } });
    expect(await pathOf()).toMatchObject({ doneCount: 4, complete: true });
    // Someone else's campaign and page count for nothing here.
    const other = await factories.createUser(db());
    expect(firstRunPath(await getCoachSnapshot(other.id))).toMatchObject({ doneCount: 0 });
  });

  it("ignores other users' data and images not attached to anything", async () => {
    const user = await factories.createUser(db());
    await factories.ensurePortfolio(db(), user.id);
    const other = await factories.createUser(db());
    const theirs = await factories.ensurePortfolio(db(), other.id);
    await factories.createCampaign(db(), theirs.id);
    await factories.createCertification(db(), theirs.id);
    const orphan = await image(user.id, "Left in an unsaved form");
    await db().media.update({ where: { id: orphan.id }, data: { alt: "" } });
    const snapshot = await getCoachSnapshot(user.id);
    expect(snapshot.counts).toEqual({ campaigns: 0, samples: 0, documents: 0, calendars: 0, caseStudies: 0, certifications: 0 });
    expect(snapshot.imageCount).toBe(0);
    expect(snapshot.imageMissingAlt).toBeNull();
  });
});
