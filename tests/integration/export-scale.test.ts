import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const storageDir = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require("node:fs") as typeof import("node:fs");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { join } = require("node:path") as typeof import("node:path");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { tmpdir } = require("node:os") as typeof import("node:os");
  const dir = fs.mkdtempSync(join(tmpdir(), "postfolio-export-statements-"));
  process.env.STORAGE_DIR = dir;
  return dir;
});

import { db } from "@/lib/db/client";
import { exportArchive } from "@/lib/export/archive";
import { importPortfolioExport } from "@/lib/export/mutations";
import { createUser } from "@/lib/seed/factories";
import { storeImageMedia } from "@/lib/seed/media";
import { startCountingProxy, type CountingProxy } from "@/scripts/bench/proxy";

// Issue #20: an export is read in a fixed number of queries and imported as one transaction of
// batched inserts, however many items it holds. Every statement the app sends passes through a
// counting proxy (the one `npm run bench` uses), so the counts are what PostgreSQL receives.
let proxy: CountingProxy;

beforeAll(async () => {
  const direct = new URL(process.env.DATABASE_URL!);
  proxy = await startCountingProxy({ host: direct.hostname, port: Number(direct.port) });
  const counted = new URL(direct);
  counted.port = String(proxy.port);
  // db() and env() are created on first use: this file's first use is after this line.
  process.env.DATABASE_URL = counted.toString();
});

afterAll(async () => {
  await db().$disconnect();
  await proxy.close();
  rmSync(storageDir, { recursive: true, force: true });
});

const csvLabels = { header: ["time", "recipient", "company", "target", "referrer", "country", "device", "visitor"], publicPage: "public" } as {
  header: [string, string, string, string, string, string, string, string];
  publicPage: string;
};

/** An account with `studies` case studies, each linking 2 campaigns (with a metric), 3 samples and a strategy document. */
async function accountWith(studies: number): Promise<string> {
  const user = await createUser(db());
  const { id: portfolioId } = await db().portfolio.findUniqueOrThrow({ where: { userId: user.id } });
  for (let s = 0; s < studies; s++) {
    const campaigns = await Promise.all(
      [0, 1].map((c) =>
        db().campaign.create({
          data: {
            portfolioId,
            position: s * 2 + c,
            title: `Campaign ${s}.${c}`,
            workKind: "CLIENT",
            platforms: ["INSTAGRAM"],
            startDate: new Date("2026-01-01"),
            objective: "ENGAGEMENT",
            metrics: { create: { kind: "REACH", value: 1000 + s, series: [{ date: "2026-01-01", value: 10 }] } },
          },
        }),
      ),
    );
    const samples = await Promise.all(
      [0, 1, 2].map((n) =>
        db().contentSample.create({
          data: { portfolioId, position: s * 3 + n, platform: "TIKTOK", format: "SHORT_VIDEO", title: `Sample ${s}.${n}`, workKind: "CLIENT", hashtags: [] },
        }),
      ),
    );
    const document = await db().strategyDocument.create({ data: { portfolioId, position: s, title: `Plan ${s}`, kind: "CONTENT_PLAN" } });
    await db().caseStudy.create({
      data: {
        portfolioId,
        position: s,
        title: `Case study ${s}`,
        slug: `case-study-${s}`,
        keyResults: { create: { kind: "REACH", value: 5000 } },
        campaigns: { connect: campaigns.map(({ id }) => ({ id })) },
        samples: { connect: samples.map(({ id }) => ({ id })) },
        documents: { connect: [{ id: document.id }] },
      },
    });
  }
  return user.id;
}

/** Runs `work` and returns the statements it sent, by kind and table ("INSERT _CampaignToCaseStudy"). */
async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const from = proxy.statements.length;
  await work();
  return proxy.statements.slice(from).map(({ sql }) => {
    const verb = sql.trim().split(/\s+/)[0]!.toUpperCase();
    const table = /(?:INTO|FROM|UPDATE)\s+"(?:public"\.")?(\w+)"/i.exec(sql)?.[1];
    return table ? `${verb} ${table}` : verb;
  });
}

async function exportAndImport(studies: number) {
  const ownerId = await accountWith(studies);
  let archive = new Uint8Array();
  const exported = await statementsOf(async () => {
    archive = new Uint8Array(await new Response(await exportArchive(ownerId, csvLabels)).arrayBuffer());
  });
  const newcomer = await createUser(db());
  const imported = await statementsOf(() => importPortfolioExport(newcomer.id, archive, { replaceProfile: true }));
  const links = await db().caseStudy.findMany({
    where: { portfolio: { userId: newcomer.id } },
    select: { _count: { select: { campaigns: true, samples: true, documents: true } } },
  });
  return { exported, imported, links };
}

describe("Export and import statements do not grow with the account", () => {
  it("2 or 12 case studies with their links: the same statements for the export's read and for the import", async () => {
    const small = await exportAndImport(2);
    const large = await exportAndImport(12);

    expect(large.exported).toHaveLength(small.exported.length);
    expect(large.imported.sort()).toEqual(small.imported.sort());
    // One transaction of batched inserts: one INSERT per table, the links included.
    expect(large.imported.filter((statement) => statement === "BEGIN")).toHaveLength(1);
    expect(large.imported.filter((statement) => statement.startsWith("INSERT _CampaignToCaseStudy"))).toHaveLength(1);
    // The links arrived, each case study's own.
    expect(large.links).toHaveLength(12);
    for (const study of large.links) expect(study._count).toEqual({ campaigns: 2, samples: 3, documents: 1 });
  }, 60_000);
});

describe("Batched inserts keep every column", () => {
  it("campaigns, their metrics with series, and samples arrive equal, column by column", async () => {
    const owner = await createUser(db());
    const { id: portfolioId } = await db().portfolio.findUniqueOrThrow({ where: { userId: owner.id } });
    const campaign = await db().campaign.create({
      data: {
        portfolioId,
        hidden: true,
        title: "Spring „launch“ 🌸",
        client: "Northwind",
        confidential: true,
        anonymizedLabel: "A coffee chain",
        workKind: "FREELANCE",
        platforms: ["INSTAGRAM", "TIKTOK"],
        startDate: new Date("2026-03-01"),
        endDate: new Date("2026-03-31"),
        objective: "AWARENESS",
        budget: 1234.5,
        currency: "EUR",
        summary: "Line one\nline two",
        metrics: {
          create: [
            {
              position: 0,
              kind: "REACH",
              value: 12_400,
              baseline: 9_000.5,
              periodStart: new Date("2026-03-01"),
              periodEnd: new Date("2026-03-31"),
              source: "ANALYTICS_EXPORT",
              series: [
                { date: "2026-03-01", value: 1.5 },
                { date: "2026-03-02", value: 2 },
              ],
            },
            { position: 1, kind: "CUSTOM", customName: "Store visits", value: 7, source: "SELF_REPORTED" },
          ],
        },
      },
    });
    await db().contentSample.create({
      data: {
        portfolioId,
        campaignId: campaign.id,
        hidden: false,
        platform: "LINKEDIN",
        format: "CAROUSEL",
        title: "Menu carousel",
        caption: 'Caption with "quotes" and a line\nbreak',
        hashtags: ["coffee", "spring menu"],
        postedAt: new Date("2026-03-05"),
        url: "https://www.linkedin.com/posts/1",
        workKind: "CLIENT",
        client: "Northwind",
        confidential: false,
        reach: 1_000,
        impressions: 2_500.25,
        likes: 30,
        comments: null,
        shares: 4,
        saves: 0,
        views: null,
        clicks: 12,
      },
    });
    await db().contentSample.create({ data: { portfolioId, position: 1, platform: "X", format: "TEXT_POST", title: "Bare", workKind: "MOCK", hashtags: [] } });
    const archive = new Uint8Array(await new Response(await exportArchive(owner.id, csvLabels)).arrayBuffer());
    const newcomer = await createUser(db());
    await importPortfolioExport(newcomer.id, archive, { replaceProfile: true });

    const omit = { id: true, portfolioId: true, createdAt: true, updatedAt: true, version: true, lastSaveId: true } as const;
    const rowsOf = async (userId: string) => ({
      campaigns: await db().campaign.findMany({ where: { portfolio: { userId } }, orderBy: { position: "asc" }, omit }),
      metrics: await db().metric.findMany({
        where: { campaign: { portfolio: { userId } } },
        orderBy: { position: "asc" },
        omit: { id: true, campaignId: true },
      }),
      samples: await db().contentSample.findMany({ where: { portfolio: { userId } }, orderBy: { position: "asc" }, omit: { ...omit, campaignId: true } }),
    });
    const [original, copy] = [await rowsOf(owner.id), await rowsOf(newcomer.id)];
    expect(copy.samples).toHaveLength(2);
    expect(copy).toEqual(original);
    expect(
      (
        await db().contentSample.findFirstOrThrow({
          where: { portfolio: { userId: newcomer.id }, title: "Menu carousel" },
          select: { campaign: { select: { title: true } } },
        })
      ).campaign?.title,
    ).toBe(campaign.title);
  });
});

describe("A large export imports", () => {
  it("an account with 260 images (521 ZIP entries, over a platform export's 500) moves whole: every file, row and byte", async () => {
    const owner = await createUser(db());
    const { id: portfolioId } = await db().portfolio.findUniqueOrThrow({ where: { userId: owner.id } });
    const sample = await db().contentSample.create({
      data: { portfolioId, platform: "INSTAGRAM", format: "CAROUSEL", title: "Every photo", workKind: "CLIENT", hashtags: [] },
    });
    const photo = new Uint8Array(
      await sharp({ create: { width: 40, height: 30, channels: 3, background: "#3366aa" } })
        .webp()
        .toBuffer(),
    );
    const rows = [];
    for (let i = 0; i < 260; i++) {
      rows.push({
        ...(await storeImageMedia(owner.id, `photo-${i}`, { display: photo, thumb: photo })),
        contentSampleId: i < 50 ? sample.id : null,
        position: i,
      });
    }
    await db().media.createMany({ data: rows });
    const archive = new Uint8Array(await new Response(await exportArchive(owner.id, csvLabels)).arrayBuffer());

    const newcomer = await createUser(db());
    const result = await importPortfolioExport(newcomer.id, archive, { replaceProfile: true });
    expect(result.counts.files).toBe(520);
    expect(await db().media.count({ where: { userId: newcomer.id } })).toBe(260);
    expect(await db().media.count({ where: { userId: newcomer.id, contentSample: { portfolio: { userId: newcomer.id } } } })).toBe(50);
    expect(readdirSync(path.join(storageDir, newcomer.id), { recursive: true }).filter((name) => String(name).endsWith(".webp"))).toHaveLength(520);
  }, 60_000);
});
