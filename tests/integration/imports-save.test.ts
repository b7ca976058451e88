import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

const storageDir = await vi.hoisted(async () => (await import("@/tests/support/temp-storage")).tempStorageDir("postfolio-imports-"));

import { db } from "@/lib/db/client";
import { createUser } from "@/lib/seed/factories";
import { listImports, readImportFile } from "@/lib/imports/data";
import { loadPublicPortfolio } from "@/lib/public/data";
import { saveImport, sweepOrphanImports } from "@/lib/imports/mutations";
import { getCampaign } from "@/lib/campaigns/data";
import { saveCampaign } from "@/lib/campaigns/mutations";
import { upsertCampaignSchema } from "@/lib/campaigns/schema";
import { campaignForm } from "../support/forms";
import type { SaveImport } from "@/lib/imports/schema";
import { scanFile } from "@/lib/imports/scan";
import { computeCampaignFigures, computePostFigures, type RawMetric } from "@/lib/metrics/formulas";
import { fixture, utf8, zip, zipBomb } from "../support/import-fixtures";

const filesOf = (userId: string) => (existsSync(path.join(storageDir, userId)) ? readdirSync(path.join(storageDir, userId)) : []);
const base = { decimal: "point", year: null, mappings: {}, samples: null, campaign: null } satisfies SaveImport;

async function counts(userId: string) {
  return {
    imports: await db().analyticsImport.count({ where: { userId } }),
    samples: await db().contentSample.count({ where: { portfolio: { userId } } }),
    campaigns: await db().campaign.count({ where: { portfolio: { userId } } }),
    files: filesOf(userId).length,
  };
}

describe("saving an import", () => {
  it("creates samples from an Instagram post export with provenance and the figures lib/metrics computes", async () => {
    const user = await createUser(db());
    const bytes = fixture("instagram-posts.csv");
    const result = await saveImport(user.id, bytes, { ...base, samples: { table: 0, workKind: "PERSONAL_BRAND" } });
    expect(result.sampleCount).toBe(3);

    const samples = await db().contentSample.findMany({ where: { portfolio: { userId: user.id } }, orderBy: { position: "asc" }, include: { import: true } });
    expect(samples.map((s) => [s.platform, s.format, s.reach, s.likes, s.saves])).toEqual([
      ["INSTAGRAM", "CAROUSEL", 12400, 864, 120],
      ["INSTAGRAM", "SHORT_VIDEO", 30105, 2310, 515],
      ["INSTAGRAM", "IMAGE_POST", 4870, 301, 22],
    ]);
    expect(samples[0]).toMatchObject({
      title: "Spring menu drop 🌸",
      caption: "Spring menu drop 🌸\nThree new drinks, one of them pink.\n#NorthwindSpring #coffee",
      hashtags: ["NorthwindSpring", "coffee"],
      url: "https://www.instagram.com/p/C5aaaaaaaaa/",
      workKind: "PERSONAL_BRAND",
    });
    expect(samples[0]!.postedAt?.toISOString().slice(0, 10)).toBe("2025-03-25");
    // Provenance: platform, report, the file's date range, the import date, and the original file.
    const provenance = samples[0]!.import!;
    expect(provenance).toMatchObject({ userId: user.id, platform: "INSTAGRAM", reports: ["instagram-posts"], fileType: "csv", fileBytes: bytes.length });
    expect([provenance.rangeStart?.toISOString().slice(0, 10), provenance.rangeEnd?.toISOString().slice(0, 10)]).toEqual(["2025-03-25", "2025-04-02"]);
    expect(Date.now() - provenance.createdAt.getTime()).toBeLessThan(60_000);
    expect(samples.every((s) => s.importId === provenance.id)).toBe(true);
    const { object } = await readImportFile(user.id, provenance.id);
    expect(new Uint8Array(await new Response(object.body).arrayBuffer())).toEqual(bytes);

    // The engagement rate the public page shows is lib/metrics' result on the stored numbers.
    const [rate] = computePostFigures(samples[1]!);
    expect(rate).toMatchObject({ key: "engagementRate", basis: "reach" });
    expect(rate!.value).toBeCloseTo((2310 + 88 + 410 + 515) / 30105, 10);
  });

  it("creates a campaign from per-day rows: flows summed, followers first → last, series per day", async () => {
    const user = await createUser(db());
    const bytes = zip({ "Overview.csv": fixture("tiktok-overview.csv"), "FollowerHistory.csv": fixture("tiktok-followers.csv") });
    const result = await saveImport(user.id, bytes, {
      ...base,
      year: 2026,
      campaign: { mode: "new", tables: [0, 1], title: "Latte art month", workKind: "PERSONAL_BRAND", objective: "AWARENESS", currency: "EUR" },
    });
    const campaign = await db().campaign.findUniqueOrThrow({ where: { id: result.campaignId! }, include: { metrics: { orderBy: { position: "asc" } } } });
    expect(campaign).toMatchObject({ title: "Latte art month", platforms: ["TIKTOK"], currency: "EUR" });
    expect(campaign.startDate.toISOString().slice(0, 10)).toBe("2026-08-28");
    expect(campaign.endDate?.toISOString().slice(0, 10)).toBe("2026-08-30");
    const byKind = Object.fromEntries(campaign.metrics.map((m) => [m.customName || m.kind, m]));
    expect(byKind.VIDEO_VIEWS).toMatchObject({ value: 5120 + 7340 + 3980, baseline: null, source: "ANALYTICS_EXPORT", importId: expect.any(String) });
    expect(byKind.FOLLOWERS).toMatchObject({ value: 1240, baseline: 1204 });
    expect(byKind.LIKES!.series).toEqual([
      { date: "2026-08-28", value: 610 },
      { date: "2026-08-29", value: 840 },
      { date: "2026-08-30", value: 402 },
    ]);
    const raw: RawMetric[] = campaign.metrics.map((m) => ({ kind: m.kind, value: m.value, baseline: m.baseline }));
    const [rate] = computeCampaignFigures(raw);
    expect(rate).toMatchObject({ key: "engagementRate", basis: "followers" });
    expect(rate!.value).toBeCloseTo((1852 + 94 + 37) / 1240, 10);
  });

  it("merges into an existing campaign: a metric of the same kind is replaced, new ones are added", async () => {
    const user = await createUser(db());
    const portfolio = await db().portfolio.findUniqueOrThrow({ where: { userId: user.id } });
    const campaign = await db().campaign.create({
      data: {
        portfolioId: portfolio.id,
        title: "Spring",
        workKind: "CLIENT",
        startDate: new Date("2026-03-01"),
        objective: "TRAFFIC",
        metrics: {
          create: [
            { kind: "CLICKS", value: 5, position: 0 },
            { kind: "CONVERSIONS", value: 1, position: 1 },
          ],
        },
      },
    });
    await saveImport(user.id, fixture("ga4-report.csv"), { ...base, campaign: { mode: "merge", tables: [0], campaignId: campaign.id } });
    const metrics = await db().metric.findMany({ where: { campaignId: campaign.id }, orderBy: { position: "asc" } });
    expect(metrics.map((m) => [m.position, m.kind, m.customName, m.value, m.source])).toEqual([
      [0, "CLICKS", "", 5, "SELF_REPORTED"],
      [1, "CONVERSIONS", "", 55, "ANALYTICS_EXPORT"],
      [2, "REVENUE", "", 1312.75, "ANALYTICS_EXPORT"],
      [3, "CUSTOM", "Sessions", 1545, "ANALYTICS_EXPORT"],
    ]);
  });

  it("saves 10,000 rows in one transaction of batched inserts", async () => {
    const user = await createUser(db());
    const header = "Post id,Date,Post text,Post Link,Impressions,Likes,Engagements\n";
    const rows = Array.from({ length: 10_000 }, (_, i) => `${i},"Tue, Mar 3, 2026",Post ${i},https://x.com/a/status/${i},${i},${i % 50},${i % 70}`).join("\n");
    const started = performance.now();
    const result = await saveImport(user.id, utf8(header + rows), { ...base, samples: { table: 0, workKind: "MOCK" } });
    const seconds = (performance.now() - started) / 1000;
    expect(result.sampleCount).toBe(10_000);
    expect(await db().contentSample.count({ where: { portfolio: { userId: user.id } } })).toBe(10_000);
    console.log(`[imports] saved 10,000 samples in ${seconds.toFixed(1)} s`);
  }, 120_000);
});

describe("after the import", () => {
  it("a figure edited by hand loses its imported-from mark; one saved unchanged keeps it", async () => {
    const user = await createUser(db());
    const bytes = zip({ "Overview.csv": fixture("tiktok-overview.csv"), "FollowerHistory.csv": fixture("tiktok-followers.csv") });
    const { campaignId } = await saveImport(user.id, bytes, {
      ...base,
      year: 2026,
      campaign: { mode: "new", tables: [0, 1], title: "Latte art month", workKind: "PERSONAL_BRAND", objective: "AWARENESS", currency: "EUR" },
    });
    const view = await getCampaign(user.id, campaignId!);
    const edited = view.metrics.find((metric) => metric.kind === "LIKES")!;
    const input = upsertCampaignSchema.parse(
      campaignForm({
        id: view.id,
        title: "Latte art month (renamed)",
        workKind: view.workKind,
        platforms: view.platforms,
        startDate: view.startDate,
        endDate: view.endDate ?? "",
        currency: "EUR",
        metrics: view.metrics.map((metric) => ({
          ...metric,
          evidenceId: metric.evidence?.id ?? null,
          value: metric.id === edited.id ? metric.value + 100 : metric.value,
        })),
      }),
    );
    await saveCampaign(user.id, input);
    const stored = await db().metric.findMany({ where: { campaignId: campaignId! }, select: { id: true, importId: true } });
    expect(stored.find((metric) => metric.id === edited.id)!.importId).toBeNull();
    const untouched = stored.filter((metric) => metric.id !== edited.id);
    expect(untouched.length).toBeGreaterThan(0);
    expect(untouched.every((metric) => metric.importId !== null)).toBe(true);
  });
});

describe("nothing half done", () => {
  it("a failing row aborts the whole save, with its line number; nothing is stored", async () => {
    const user = await createUser(db());
    const text = new TextDecoder().decode(fixture("x-account-content.csv")).replace(",3120,", ",lots,");
    await expect(saveImport(user.id, utf8(text), { ...base, samples: { table: 0, workKind: "MOCK" } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { "rows.0.2": ["number:Impressions"] },
    });
    expect(await counts(user.id)).toEqual({ imports: 0, samples: 0, campaigns: 0, files: 0 });
  });

  it("a failure inside the transaction leaves no rows and no file", async () => {
    const user = await createUser(db());
    const other = await createUser(db());
    const portfolio = await db().portfolio.findUniqueOrThrow({ where: { userId: other.id } });
    const theirs = await db().campaign.create({
      data: { portfolioId: portfolio.id, title: "Theirs", workKind: "CLIENT", startDate: new Date("2026-03-01"), objective: "TRAFFIC" },
    });
    // Samples are valid; merging into another user's campaign fails after the import row is written.
    await expect(
      saveImport(user.id, zip({ "Content.csv": fixture("tiktok-content.csv"), "Overview.csv": fixture("tiktok-overview.csv") }), {
        ...base,
        year: 2026,
        samples: { table: 0, workKind: "MOCK" },
        campaign: { mode: "merge", tables: [1], campaignId: theirs.id },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await counts(user.id)).toEqual({ imports: 0, samples: 0, campaigns: 0, files: 0 });
    expect(await db().metric.count({ where: { campaignId: theirs.id } })).toBe(0);
  });

  it("refuses a zip bomb and an oversize file with nothing stored", async () => {
    const user = await createUser(db());
    await expect(saveImport(user.id, zipBomb(), { ...base, samples: { table: 0, workKind: "MOCK" } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { file: ["imports.fileErrors.zipBomb"] },
    });
    await expect(saveImport(user.id, new Uint8Array(61 * 1024 * 1024), { ...base, samples: { table: 0, workKind: "MOCK" } })).rejects.toMatchObject({
      fieldErrors: { file: ["imports.fileErrors.tooLarge"] },
    });
    expect(await counts(user.id)).toEqual({ imports: 0, samples: 0, campaigns: 0, files: 0 });
  }, 60_000);

  it("asks for the year of TikTok's year-less dates before saving", async () => {
    const user = await createUser(db());
    await expect(saveImport(user.id, fixture("tiktok-content.csv"), { ...base, samples: { table: 0, workKind: "MOCK" } })).rejects.toMatchObject({
      fieldErrors: { "rows.0.2": ["needsYear:Post time"], "rows.0.3": ["needsYear:Post time"] },
    });
  });
});

describe("owner only", () => {
  it("another user can neither read the file nor list the import", async () => {
    const owner = await createUser(db());
    const stranger = await createUser(db());
    const { importId } = await saveImport(owner.id, fixture("x-account-content.csv"), { ...base, samples: { table: 0, workKind: "MOCK" } });
    await expect(readImportFile(stranger.id, importId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listImports(stranger.id)).toEqual([]);
    expect((await listImports(owner.id)).map((i) => [i.id, i.sampleCount])).toEqual([[importId, 3]]);
  });

  it("the evidence file goes with the last item it backs", async () => {
    const user = await createUser(db());
    const { importId } = await saveImport(user.id, fixture("x-account-content.csv"), { ...base, samples: { table: 0, workKind: "MOCK" } });
    expect(filesOf(user.id)).toEqual([importId]);
    await db().contentSample.deleteMany({ where: { portfolio: { userId: user.id } } });
    expect(await sweepOrphanImports(user.id)).toBe(1);
    expect(await counts(user.id)).toEqual({ imports: 0, samples: 0, campaigns: 0, files: 0 });
  });
});

describe("public page", () => {
  it("carries the platform of imported figures and samples (the evidence mark), and null for typed ones", async () => {
    const user = await createUser(db());
    await saveImport(user.id, fixture("instagram-posts.csv"), { ...base, samples: { table: 0, workKind: "MOCK" } });
    await saveImport(user.id, fixture("x-account-overview.csv"), {
      ...base,
      campaign: { mode: "new", tables: [0], title: "X in March", workKind: "MOCK", objective: "AWARENESS", currency: "USD" },
    });
    const portfolio = await db().portfolio.findUniqueOrThrow({ where: { userId: user.id } });
    await db().contentSample.create({
      data: { portfolioId: portfolio.id, platform: "X", format: "TEXT_POST", title: "Typed by hand", workKind: "MOCK", position: 99 },
    });
    const page = await loadPublicPortfolio({ userId: user.id }, { publicOnly: false });
    expect(page!.samples.map((s) => [s.title, s.importedFrom])).toEqual([
      ["Spring menu drop 🌸", "INSTAGRAM"],
      ["Latte art in 15 seconds", "INSTAGRAM"],
      ["Meet the team: Ana", "INSTAGRAM"],
      ["Typed by hand", null],
    ]);
    expect(page!.campaigns[0]!.metrics.every((m) => m.importedFrom === "X" && m.source === "ANALYTICS_EXPORT")).toBe(true);
  });
});

describe("preview", () => {
  it("says what it found without storing anything", async () => {
    const preview = scanFile(fixture("x-account-content.csv"));
    expect(preview.tables[0]).toMatchObject({ formatId: "x-content", rowCount: 3, dateRange: { from: "2026-03-03", to: "2026-03-14" } });
  });
});
