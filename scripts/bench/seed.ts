// Seeds the benchmark's portfolios: copies of the demo (realistic size) and
// copies grown to BENCH_LARGE_ITEMS items. Run by scripts/bench.ts under the
// react-server condition (the demo seed uploads media through server-only
// modules) with DATABASE_URL and STORAGE_DIR set; writes what it made as JSON.
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { createPrismaClient } from "../../lib/db/connect";
import type { PrismaClient } from "../../lib/db/generated/client";
import { seedDemoPortfolio } from "../../lib/seed/demo";
import type { ReadingPages, SeedPlan, SeededPortfolio } from "./types";

const PLATFORMS = ["INSTAGRAM", "TIKTOK", "LINKEDIN", "FACEBOOK", "YOUTUBE"] as const;
const FORMATS = ["IMAGE_POST", "CAROUSEL", "SHORT_VIDEO", "STORY", "TEXT_POST"] as const;
const METRIC_KINDS = ["REACH", "IMPRESSIONS", "ENGAGEMENTS", "CLICKS"] as const;
const METRICS_PER_CAMPAIGN = 3;
const day = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000);
const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

/** Everything the public page renders, one row each: the "item count" the benchmark reports. */
async function countItems(prisma: PrismaClient, portfolioId: string): Promise<number> {
  const where = { portfolioId };
  const counts = await Promise.all([
    prisma.campaign.count({ where }),
    prisma.metric.count({ where: { campaign: where } }),
    prisma.contentSample.count({ where }),
    prisma.media.count({ where: { contentSample: where } }),
    prisma.strategyDocument.count({ where }),
    prisma.calendar.count({ where }),
    prisma.calendarEntry.count({ where: { calendar: where } }),
    prisma.caseStudy.count({ where }),
    prisma.keyResult.count({ where: { caseStudy: where } }),
    prisma.certification.count({ where }),
    prisma.experience.count({ where }),
    prisma.skill.count({ where }),
    prisma.education.count({ where }),
  ]);
  return counts.reduce((sum, count) => sum + count, 0);
}

/**
 * Grows a portfolio by `extra` visible items: about 40% campaigns with their
 * metrics, 50% content samples, the rest certifications and skills.
 */
async function addBulkItems(prisma: PrismaClient, portfolioId: string, extra: number): Promise<void> {
  const campaignRows = Math.floor((extra * 0.4) / (1 + METRICS_PER_CAMPAIGN));
  const credentials = Math.floor(extra * 0.1);
  const certifications = Math.floor(credentials / 2);
  const skills = credentials - certifications;
  const samples = extra - campaignRows * (1 + METRICS_PER_CAMPAIGN) - credentials;
  const base = 1000; // after the demo's own positions

  const campaigns = await prisma.campaign.createManyAndReturn({
    select: { id: true },
    data: Array.from({ length: campaignRows }, (_, i) => ({
      portfolioId,
      position: base + i,
      title: `Always-on content programme, wave ${i + 1}`,
      client: `Client ${(i % 17) + 1}`,
      workKind: "FREELANCE" as const,
      platforms: [pick(PLATFORMS, i), pick(PLATFORMS, i + 1)],
      startDate: day(i * 3),
      endDate: day(i * 3 + 60),
      objective: "ENGAGEMENT" as const,
      budget: 500 + (i % 10) * 100,
      currency: "EUR",
      summary: "Weekly short-form video and carousel posts with a monthly community Q&A, reported against a fixed baseline.",
    })),
  });
  await prisma.metric.createMany({
    data: campaigns.flatMap(({ id }, i) =>
      Array.from({ length: METRICS_PER_CAMPAIGN }, (_, m) => ({
        campaignId: id,
        position: m,
        kind: pick(METRIC_KINDS, m),
        value: 10_000 + i * 37 + m * 1_000,
        baseline: m === 0 ? 8_000 + i * 11 : null,
        periodStart: day(i * 3),
        periodEnd: day(i * 3 + 60),
        source: "ANALYTICS_EXPORT" as const,
      })),
    ),
  });
  await prisma.contentSample.createMany({
    data: Array.from({ length: samples }, (_, i) => ({
      portfolioId,
      position: base + i,
      platform: pick(PLATFORMS, i),
      format: pick(FORMATS, i),
      title: `Post ${i + 1}: behind the counter, a regular's order`,
      caption: "Three regulars, three orders, one question: what keeps you coming back? Tell us below.",
      hashtags: ["coffee", "regulars", `wave${(i % 9) + 1}`],
      postedAt: day(i),
      workKind: "CLIENT" as const,
      client: `Client ${(i % 17) + 1}`,
      reach: 2_000 + i * 13,
      impressions: 3_000 + i * 17,
      likes: 120 + (i % 50),
      comments: 10 + (i % 7),
      shares: 4 + (i % 5),
      saves: 9 + (i % 11),
    })),
  });
  await prisma.certification.createMany({
    data: Array.from({ length: certifications }, (_, i) => ({
      portfolioId,
      position: base + i,
      name: `Platform certification ${i + 1}`,
      issuer: pick(["Meta", "HubSpot", "Hootsuite", "Google"], i),
      issuedAt: day(i * 5),
    })),
  });
  await prisma.skill.createMany({
    data: Array.from({ length: skills }, (_, i) => ({
      portfolioId,
      position: base + i,
      name: `Skill ${i + 1}`,
      category: i % 2 === 0 ? ("SKILL" as const) : ("TOOL" as const),
    })),
  });
}

/** `/<handle>`, its first case study and a share link of it (all sections), for Lighthouse. */
async function readingPages(prisma: PrismaClient, handle: string, portfolioId: string): Promise<ReadingPages> {
  const study = await prisma.caseStudy.findFirstOrThrow({ where: { portfolioId, hidden: false }, orderBy: { position: "asc" }, select: { slug: true } });
  const link = await prisma.shareLink.create({
    data: { portfolioId, token: randomBytes(24).toString("base64url"), recipientName: "Bench Recruiter", company: "Bench", sections: [] },
  });
  return { portfolio: `/${handle}`, caseStudy: `/${handle}/case-studies/${study.slug}`, share: `/s/${link.token}` };
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const planJson = process.env.BENCH_SEED_PLAN;
  const out = process.argv[2];
  if (!url || !planJson || !out) throw new Error("Usage: DATABASE_URL=… BENCH_SEED_PLAN='{…}' seed.ts <out.json>");
  const plan = JSON.parse(planJson) as SeedPlan;
  const prisma = createPrismaClient(url);
  const seeded: SeededPortfolio[] = [];
  let pages: ReadingPages | undefined;
  try {
    for (const { handle, size } of plan.portfolios) {
      const { portfolioId } = await seedDemoPortfolio(prisma, {
        handle,
        email: `${handle}@bench.postfolio.test`,
        password: "bench-portfolio-2026",
      });
      if (size === "large") {
        const demoItems = await countItems(prisma, portfolioId);
        await addBulkItems(prisma, portfolioId, Math.max(0, plan.largeItems - demoItems));
      }
      seeded.push({ handle, size, items: await countItems(prisma, portfolioId) });
      if (size === "medium" && seeded.length === 2) pages = await readingPages(prisma, handle, portfolioId);
    }
  } finally {
    await prisma.$disconnect();
  }
  writeFileSync(out, JSON.stringify(seeded));
  writeFileSync(out.replace(/\.json$/, "-pages.json"), JSON.stringify(pages));
}

main().catch((error: unknown) => {
  console.error(`[bench] seeding failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
