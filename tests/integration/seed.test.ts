import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const storageDir = mkdtempSync(path.join(os.tmpdir(), "postfolio-seed-"));
process.env.STORAGE_DIR = storageDir;

const { db } = await import("@/lib/db/client");
const { seedDemoIfEmpty, DEMO_LOGIN } = await import("@/lib/seed/demo");
const { verifyPassword } = await import("@/lib/auth/password");
const { listNameWarnings } = await import("@/lib/confidential/data");

afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

describe("demo seed", () => {
  it("builds a complete portfolio once, through the real upload pipeline", async () => {
    expect(await seedDemoIfEmpty(db())).toBe(true);
    expect(await seedDemoIfEmpty(db())).toBe(false);

    const user = await db().user.findUniqueOrThrow({ where: { email: DEMO_LOGIN.email } });
    expect(user.handle).toBe("demo");
    expect(await verifyPassword(user.passwordHash!, DEMO_LOGIN.password)).toBe(true);

    const portfolio = await db().portfolio.findUniqueOrThrow({
      where: { userId: user.id },
      include: { avatar: true, campaigns: { include: { metrics: true } }, samples: { include: { media: true } } },
    });
    // Every profile field is filled.
    for (const field of ["displayName", "headline", "bio", "location", "contactEmail", "website", "targetIndustry"] as const) {
      expect(portfolio[field], field).toBeTruthy();
    }
    expect(portfolio.avatar?.alt).toBeTruthy();
    expect(portfolio.platforms.length).toBeGreaterThanOrEqual(2);

    // Campaigns: mock work is labelled, a confidential client has a label, metrics with baselines and a series exist.
    expect(portfolio.campaigns.map((campaign) => campaign.workKind)).toContain("MOCK");
    expect(portfolio.campaigns.some((campaign) => campaign.confidential && campaign.anonymizedLabel)).toBe(true);
    const metrics = portfolio.campaigns.flatMap((campaign) => campaign.metrics);
    expect(metrics.some((metric) => metric.baseline !== null)).toBe(true);
    expect(metrics.some((metric) => Array.isArray(metric.series) && metric.series.length > 4)).toBe(true);

    // Samples on several platforms; every image has alt text and real files behind it.
    expect(new Set(portfolio.samples.map((sample) => sample.platform)).size).toBeGreaterThanOrEqual(3);
    const images = portfolio.samples.flatMap((sample) => sample.media);
    expect(images.length).toBeGreaterThan(0);
    expect(images.every((image) => image.alt.length > 0 && image.mimeType === "image/webp")).toBe(true);
    expect(readdirSync(path.join(storageDir, user.id)).length).toBe(images.length + 1);

    // The demo shows how to keep an NDA: no confidential client's name (or part of it) left in its text.
    expect(await listNameWarnings(user.id)).toEqual([]);
  });
});
