import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { fromIsoDate } from "@/lib/dates";
import { createUser } from "@/lib/seed/factories";

// A client that counts SQL queries, installed as the app's singleton before anything uses db().
const queries: string[] = [];
const prisma = new PrismaClient({
  adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
  log: [{ emit: "event", level: "query" }],
});
prisma.$on("query", (event) => queries.push(event.query));
(globalThis as unknown as { prisma: PrismaClient }).prisma = prisma;

const { getPublicPortfolio, getPreviewPortfolio, loadPublicPortfolio } = await import("@/lib/public/data");

const day = fromIsoDate;
const SECRET = "Contoso Secret Bakery";

async function makePortfolio(visibility: "DRAFT" | "UNLISTED" | "PUBLIC", extra: { hiddenSections?: string[] } = {}) {
  const user = await createUser(prisma);
  const portfolio = await prisma.portfolio.update({
    where: { userId: user.id },
    data: { displayName: user.name, visibility, hiddenSections: extra.hiddenSections ?? [] },
  });
  return { user, portfolio };
}

async function addContent(portfolioId: string, count: number) {
  for (let i = 0; i < count; i++) {
    await prisma.campaign.create({
      data: {
        portfolioId,
        position: i,
        title: i === 0 ? `Launch for ${SECRET}` : `Campaign ${i}`,
        client: i % 2 === 0 ? SECRET : "Open Client Ltd",
        confidential: i % 2 === 0,
        anonymizedLabel: i % 2 === 0 ? "a family bakery" : "",
        workKind: "CLIENT",
        platforms: ["INSTAGRAM"],
        startDate: day("2026-01-05"),
        objective: "AWARENESS",
        hidden: i === 1,
        metrics: {
          create: [
            {
              kind: "FOLLOWERS",
              value: 200 + i,
              baseline: 100,
              series: [
                { date: "2026-01-05", value: 100 },
                { date: "2026-02-05", value: 200 },
              ],
            },
            { kind: "REACH", value: 5000 },
          ],
        },
      },
    });
    await prisma.contentSample.create({
      data: {
        portfolioId,
        position: i,
        platform: i % 2 === 0 ? "TIKTOK" : "INSTAGRAM",
        format: "SHORT_VIDEO",
        title: `Sample ${i}`,
        caption: `Shot at ${SECRET}`,
        workKind: "CLIENT",
        client: SECRET,
        confidential: true,
        url: "https://www.tiktok.com/@contoso/video/1",
        hidden: i === 2,
        likes: 10,
        reach: 100,
      },
    });
  }
  await prisma.strategyDocument.create({
    data: { portfolioId, title: "Plan", kind: "CONTENT_PLAN", body: `# Plan for ${SECRET}`, client: SECRET, confidential: true, anonymizedLabel: "a bakery" },
  });
  await prisma.calendar.create({
    data: {
      portfolioId,
      title: "Q1",
      startMonth: day("2026-01-01"),
      endMonth: day("2026-03-01"),
      entries: { create: [{ date: day("2026-01-07"), platform: "INSTAGRAM", format: "CAROUSEL", topic: "Menu reveal" }] },
    },
  });
  const caseStudy = await prisma.caseStudy.create({
    data: {
      portfolioId,
      title: "Bakery turnaround",
      slug: "bakery-turnaround",
      client: SECRET,
      confidential: true,
      anonymizedLabel: "a family bakery",
      challenge: `${SECRET} had no audience.`,
      keyResults: { create: [{ kind: "FOLLOWERS", value: 900, baseline: 300 }] },
    },
  });
  const samples = await prisma.contentSample.findMany({ where: { portfolioId }, select: { id: true }, take: 2 });
  await prisma.caseStudy.update({ where: { id: caseStudy.id }, data: { samples: { connect: samples } } });
  await prisma.certification.create({ data: { portfolioId, name: "Meta Blueprint", issuer: "Meta", hidden: false } });
  await prisma.certification.create({ data: { portfolioId, name: "Hidden cert", hidden: true } });
  await prisma.skill.create({ data: { portfolioId, name: "Canva", category: "TOOL", level: "EXPERT" } });
  await prisma.experience.create({ data: { portfolioId, role: "Intern", organization: "Agency", kind: "INTERNSHIP", startDate: day("2025-01-01") } });
  await prisma.education.create({ data: { portfolioId, school: "University", degree: "BA", hidden: true } });
}

let publicOwner: Awaited<ReturnType<typeof makePortfolio>>;

beforeAll(async () => {
  publicOwner = await makePortfolio("PUBLIC");
  await addContent(publicOwner.portfolio.id, 100);
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("getPublicPortfolio", () => {
  it("returns null for draft, unlisted and unknown handles, but the owner's preview still works", async () => {
    const draft = await makePortfolio("DRAFT");
    const unlisted = await makePortfolio("UNLISTED");
    expect(await getPublicPortfolio(draft.user.handle)).toBeNull();
    expect(await getPublicPortfolio(unlisted.user.handle)).toBeNull();
    expect(await getPublicPortfolio("no-such-handle")).toBeNull();
    expect(await getPublicPortfolio("../etc")).toBeNull();
    expect((await getPreviewPortfolio(draft.user.id))?.visibility).toBe("DRAFT");
  });

  it("finds a public portfolio whatever the case of the URL", async () => {
    const view = await getPublicPortfolio(publicOwner.user.handle.toUpperCase());
    expect(view?.handle).toBe(publicOwner.user.handle);
  });

  it("leaves out hidden items", async () => {
    const view = (await getPublicPortfolio(publicOwner.user.handle))!;
    expect(view.campaigns).toHaveLength(99);
    expect(view.campaigns.map((c) => c.title)).not.toContain("Campaign 1");
    expect(view.samples.map((s) => s.title)).not.toContain("Sample 2");
    expect(view.certifications.map((c) => c.name)).toEqual(["Meta Blueprint"]);
    expect(view.education).toEqual([]);
    expect(view.calendars[0]!.entries).toHaveLength(1);
    expect(view.caseStudies[0]!.sampleIds).toHaveLength(2);
  });

  it("leaves out hidden sections entirely", async () => {
    const owner = await makePortfolio("PUBLIC", { hiddenSections: ["campaigns", "documents"] });
    await addContent(owner.portfolio.id, 2);
    const view = (await getPublicPortfolio(owner.user.handle))!;
    expect(view.sections).not.toContain("campaigns");
    expect(view.campaigns).toEqual([]);
    expect(view.documents).toEqual([]);
    expect(JSON.stringify(view)).not.toContain("Launch for");
    expect(view.samples.length).toBeGreaterThan(0);
  });

  it("never carries a confidential client's name", async () => {
    const view = (await getPublicPortfolio(publicOwner.user.handle))!;
    const json = JSON.stringify(view);
    expect(json).not.toMatch(/contoso/i);
    expect(json).toContain("a family bakery");
    expect(json).toContain("Open Client Ltd");
    expect(view.samples.every((s) => s.url === null)).toBe(true);
    expect(view.caseStudies[0]!.challenge).toBe("a family bakery had no audience.");
  });

  it("loads everything in at most 3 SQL queries, with 100 items per list", async () => {
    queries.length = 0;
    const view = await getPublicPortfolio(publicOwner.user.handle);
    expect(view?.samples.length).toBe(99);
    expect(queries.length).toBeLessThanOrEqual(3);

    queries.length = 0;
    await loadPublicPortfolio({ handle: publicOwner.user.handle }, { publicOnly: true });
    expect(queries).toHaveLength(1);
  });
});
