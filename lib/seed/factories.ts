// Builders shared by the demo seed and the tests, so both make data the same way.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { hashPassword } from "@/lib/auth/password";

export type UserInput = { name?: string; email?: string; handle?: string; password?: string };

/** An account and its portfolio row, created together as sign-up does (the portfolio is named after the user). */
export async function createUser(prisma: PrismaClient, input: UserInput = {}) {
  const unique = randomUUID().slice(0, 8);
  const name = input.name ?? `Test User ${unique}`;
  return prisma.user.create({
    data: {
      name,
      portfolio: { create: { displayName: name } },
      email: (input.email ?? `user-${unique}@example.test`).toLowerCase(),
      handle: (input.handle ?? `user-${unique}`).toLowerCase(),
      passwordHash: await hashPassword(input.password ?? "correct-horse-battery"),
    },
  });
}

/** The position after the last item of a list in `portfolioId`: a factory appends, as the editor does. */
async function appendPosition(
  prisma: PrismaClient,
  model: "campaign" | "contentSample" | "caseStudy" | "certification" | "experience" | "skill",
  portfolioId: string,
): Promise<number> {
  // The delegates share this one call; one cast spares a switch over the models (as lib/portfolio/ordering.ts does).
  const delegate = prisma[model] as unknown as {
    aggregate(args: { where: { portfolioId: string }; _max: { position: true } }): Promise<{ _max: { position: number | null } }>;
  };
  const last = await delegate.aggregate({ where: { portfolioId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

type CampaignData = Parameters<PrismaClient["campaign"]["create"]>[0]["data"];
export type CampaignOverrides = Partial<Omit<Extract<CampaignData, { portfolioId: string }>, "portfolioId">>;

/** A campaign in `portfolioId` (a plausible client campaign unless overridden). */
export async function createCampaign(prisma: PrismaClient, portfolioId: string, overrides: CampaignOverrides = {}) {
  const position = await appendPosition(prisma, "campaign", portfolioId);
  return prisma.campaign.create({
    data: {
      portfolioId,
      position,
      title: "Spring menu launch",
      client: "Northside Coffee",
      workKind: "CLIENT",
      platforms: ["INSTAGRAM", "TIKTOK"],
      startDate: new Date("2026-03-01T00:00:00Z"),
      endDate: new Date("2026-04-30T00:00:00Z"),
      objective: "AWARENESS",
      ...overrides,
    },
  });
}

type SampleData = Parameters<PrismaClient["contentSample"]["create"]>[0]["data"];
export type SampleOverrides = Partial<Omit<Extract<SampleData, { portfolioId: string }>, "portfolioId">>;

/** A content sample in `portfolioId` (an Instagram carousel unless overridden). */
export async function createSample(prisma: PrismaClient, portfolioId: string, overrides: SampleOverrides = {}) {
  const position = await appendPosition(prisma, "contentSample", portfolioId);
  return prisma.contentSample.create({
    data: {
      portfolioId,
      position,
      platform: "INSTAGRAM",
      format: "CAROUSEL",
      title: "5 ways to brew at home",
      hashtags: ["coffee", "homebrew"],
      workKind: "CLIENT",
      reach: 12400,
      likes: 830,
      ...overrides,
    },
  });
}

// ─── Case studies and credentials ──────────────────────────────────────────

/** The portfolio of `userId`, created when missing (one per account). */
export async function ensurePortfolio(prisma: PrismaClient, userId: string, overrides: { displayName?: string } = {}) {
  return prisma.portfolio.upsert({
    where: { userId },
    update: {},
    create: { userId, displayName: overrides.displayName ?? "Test Portfolio" },
  });
}

type CaseStudyData = Parameters<PrismaClient["caseStudy"]["create"]>[0]["data"];
export type CaseStudyOverrides = Partial<Omit<Extract<CaseStudyData, { portfolioId: string }>, "portfolioId">>;

/** A case study in `portfolioId` with one key result (followers, with a baseline) unless overridden. */
export async function createCaseStudy(prisma: PrismaClient, portfolioId: string, overrides: CaseStudyOverrides = {}) {
  const position = await appendPosition(prisma, "caseStudy", portfolioId);
  return prisma.caseStudy.create({
    data: {
      portfolioId,
      position,
      title: "Spring menu launch",
      slug: `spring-menu-launch-${randomUUID().slice(0, 6)}`,
      client: "Northside Coffee",
      workKind: "CLIENT",
      challenge: "Foot traffic was flat after the winter.",
      keyResults: { create: [{ position: 0, kind: "FOLLOWERS", value: 3050, baseline: 2400 }] },
      ...overrides,
    },
  });
}

type CertificationData = Parameters<PrismaClient["certification"]["create"]>[0]["data"];
export type CertificationOverrides = Partial<Omit<Extract<CertificationData, { portfolioId: string }>, "portfolioId">>;

export async function createCertification(prisma: PrismaClient, portfolioId: string, overrides: CertificationOverrides = {}) {
  const position = await appendPosition(prisma, "certification", portfolioId);
  return prisma.certification.create({
    data: {
      portfolioId,
      position,
      name: "Hootsuite Social Marketing",
      issuer: "Hootsuite",
      issuedAt: new Date("2025-09-12T00:00:00Z"),
      ...overrides,
    },
  });
}

type ExperienceData = Parameters<PrismaClient["experience"]["create"]>[0]["data"];
export type ExperienceOverrides = Partial<Omit<Extract<ExperienceData, { portfolioId: string }>, "portfolioId">>;

export async function createExperience(prisma: PrismaClient, portfolioId: string, overrides: ExperienceOverrides = {}) {
  const position = await appendPosition(prisma, "experience", portfolioId);
  return prisma.experience.create({
    data: {
      portfolioId,
      position,
      role: "Social media intern",
      organization: "Brightside Agency",
      kind: "INTERNSHIP",
      startDate: new Date("2025-06-02T00:00:00Z"),
      endDate: new Date("2025-08-29T00:00:00Z"),
      ...overrides,
    },
  });
}

type SkillData = Parameters<PrismaClient["skill"]["create"]>[0]["data"];
export type SkillOverrides = Partial<Omit<Extract<SkillData, { portfolioId: string }>, "portfolioId">>;

export async function createSkill(prisma: PrismaClient, portfolioId: string, overrides: SkillOverrides = {}) {
  const position = await appendPosition(prisma, "skill", portfolioId);
  return prisma.skill.create({
    data: { portfolioId, position, name: "Copywriting", category: "SKILL", ...overrides },
  });
}
