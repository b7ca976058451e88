// The demo portfolio's case studies and credentials: believable work of an
// early-career social media manager, linked to the demo campaigns, samples and
// documents (by their index in demo-content.ts order). Plain Prisma writes.
import type { PrismaClient } from "@/lib/db/generated/client";
import { fromIsoDate } from "@/lib/dates";

const day = fromIsoDate;
/** A date `years` from the seeding day, so valid certifications stay valid whenever the demo is seeded. */
const yearsAhead = (years: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear() + years, now.getUTCMonth(), 1));
};

export type DemoCaseIds = {
  portfolioId: string;
  userId: string;
  /** In demo-content order: coffee launch, shelter adoption drive, LinkedIn mock plan. */
  campaignIds: string[];
  sampleIds: string[];
  documentIds: string[];
};

const pick = (ids: string[], indexes: number[]) => indexes.flatMap((index) => (ids[index] ? [{ id: ids[index] }] : []));

export async function seedDemoCases(prisma: PrismaClient, { portfolioId, campaignIds, sampleIds, documentIds }: DemoCaseIds): Promise<void> {
  await prisma.caseStudy.create({
    data: {
      portfolioId,
      position: 0,
      title: "From scroll to store: launching a coffee chain's spring menu",
      slug: "spring-menu-launch",
      client: "Northwind Coffee Roasters",
      confidential: true,
      anonymizedLabel: "a regional coffee chain (12 locations)",
      workKind: "FREELANCE",
      currency: "EUR",
      role: "Freelance social media manager: strategy, content and paid social",
      periodStart: day("2026-03-02"),
      periodEnd: day("2026-05-24"),
      challenge:
        "The chain's Instagram looked like a menu board: product shots, no people, 1–2 % engagement. The spring menu was its biggest launch of the year, and the owners wanted proof that social could **bring people into the cafés**, not just collect likes.",
      strategy: [
        "- **People, not products.** Baristas and regulars as the faces of the menu.",
        "- **Short-form video first** on TikTok and Reels, where the chain's 18–34 audience spends its time.",
        "- **A reason to visit:** a UGC challenge rewarded with a free drink, redeemable in store, so every redemption was a measurable visit.",
        "- **Geo-targeted Reels ads** within 2 km of each location, €1,500 over twelve weeks.",
      ].join("\n"),
      execution: [
        "Twelve weeks, four posts a week, filmed in two batch days per month.",
        "",
        "1. Weeks 1–2: teaser reels (“Guess the new drink”) and a countdown carousel.",
        "2. Weeks 3–8: the #SpringMenuChallenge; best entries reposted every Friday.",
        "3. Weeks 9–12: ads retargeting people who watched 50 % of a reel; weekly hook tests.",
        "",
        "Reporting every Monday from Meta Business Suite and the till's redemption codes.",
      ].join("\n"),
      results:
        "Followers grew by two thirds and engagements more than doubled. 310 free-drink codes were redeemed in store, and the launch returned **€6.20 in sales for every €1 of ad spend**.",
      lessons:
        "Hooks mattered more than production: phone-shot reels with a question in the first second beat the polished ones by 2× watch time. Next time I would set up redemption tracking per location from day one.",
      keyResults: {
        create: [
          {
            position: 0,
            kind: "FOLLOWERS",
            value: 6870,
            baseline: 4120,
            periodStart: day("2026-03-02"),
            periodEnd: day("2026-05-24"),
            source: "ANALYTICS_EXPORT",
          },
          {
            position: 1,
            kind: "ENGAGEMENTS",
            value: 9830,
            baseline: 3900,
            periodStart: day("2026-03-02"),
            periodEnd: day("2026-05-24"),
            source: "ANALYTICS_EXPORT",
          },
          { position: 2, kind: "REACH", value: 182_000, periodStart: day("2026-03-02"), periodEnd: day("2026-05-24"), source: "ANALYTICS_EXPORT" },
          { position: 3, kind: "CONVERSIONS", value: 310, periodStart: day("2026-03-02"), periodEnd: day("2026-05-24"), source: "SCREENSHOT" },
          { position: 4, kind: "REVENUE", value: 9300, periodStart: day("2026-03-02"), periodEnd: day("2026-05-24"), source: "SELF_REPORTED" },
          { position: 5, kind: "AD_SPEND", value: 1500, periodStart: day("2026-03-02"), periodEnd: day("2026-05-24"), source: "ANALYTICS_EXPORT" },
        ],
      },
      campaigns: { connect: pick(campaignIds, [0]) },
      samples: { connect: pick(sampleIds, [0, 1]) },
      documents: { connect: pick(documentIds, [0]) },
    },
  });

  await prisma.caseStudy.create({
    data: {
      portfolioId,
      position: 1,
      title: "Turning a shelter's Facebook page into an adoption channel",
      slug: "shelter-adoption-drive",
      client: "Riga Paws Animal Shelter",
      workKind: "VOLUNTEER",
      currency: "EUR",
      role: "Volunteer social media lead",
      periodStart: day("2025-10-06"),
      periodEnd: day("2025-12-14"),
      challenge:
        "The shelter posted only when an animal arrived, in long text posts that few people shared. Older dogs waited months. With no budget, every result had to come from organic reach.",
      strategy: [
        "- A weekly **“Meet the residents”** carousel series: one animal, its personality, one clear ask.",
        "- **Volunteer takeovers** in Stories to show daily life at the shelter and build trust.",
        "- A Facebook group for adopters, so happy-ending photos did the persuading.",
      ].join("\n"),
      execution:
        "Ten weeks, three posts and five Story sets a week, planned in a shared calendar with the volunteers. I wrote the captions, trained two volunteers to shoot on their phones, and reported to the board every fortnight.",
      results:
        "Follower count rose by 59 % and engagements more than tripled. Adoption enquiries came in through the comments link, and **31 animals were adopted**, up from 18 in the same period last year.",
      lessons:
        "Specific stories beat general appeals: Bruno's post alone brought 40 enquiries. I would ask for adopters' consent to repost from the start, which saved hours of follow-up later.",
      keyResults: {
        create: [
          { position: 0, kind: "FOLLOWERS", value: 2310, baseline: 1450, periodStart: day("2025-10-06"), periodEnd: day("2025-12-14"), source: "SCREENSHOT" },
          {
            position: 1,
            kind: "CUSTOM",
            customName: "Adoptions",
            value: 31,
            baseline: 18,
            periodStart: day("2025-10-06"),
            periodEnd: day("2025-12-14"),
            source: "SELF_REPORTED",
          },
          { position: 2, kind: "ENGAGEMENTS", value: 4100, baseline: 1200, periodStart: day("2025-10-06"), periodEnd: day("2025-12-14"), source: "SCREENSHOT" },
          { position: 3, kind: "REACH", value: 54_000, periodStart: day("2025-10-06"), periodEnd: day("2025-12-14"), source: "SCREENSHOT" },
        ],
      },
      campaigns: { connect: pick(campaignIds, [1]) },
      samples: { connect: pick(sampleIds, [2, 4]) },
      documents: { connect: pick(documentIds, [1]) },
    },
  });

  await prisma.certification.createMany({
    data: [
      {
        portfolioId,
        position: 0,
        name: "Meta Blueprint: Meta Certified Digital Marketing Associate",
        issuer: "Meta",
        issuedAt: day("2025-11-18"),
        expiresAt: yearsAhead(2),
        credentialId: "MB-2025-448120",
        verifyUrl: "https://www.credly.com/badges/4f2c9a1e-demo-meta-blueprint",
      },
      {
        portfolioId,
        position: 1,
        name: "HubSpot Social Media Marketing",
        issuer: "HubSpot Academy",
        issuedAt: day("2026-02-03"),
        expiresAt: yearsAhead(2),
        credentialId: "HS-SMM-90231",
        verifyUrl: "https://app.hubspot.com/academy/achievements/demo-90231",
      },
      {
        portfolioId,
        position: 2,
        name: "Google Analytics Certification",
        issuer: "Google",
        issuedAt: day("2026-04-20"),
        expiresAt: yearsAhead(1),
      },
      {
        portfolioId,
        position: 3,
        name: "Hootsuite Social Marketing",
        issuer: "Hootsuite",
        issuedAt: day("2024-05-10"),
        expiresAt: day("2025-05-10"),
        credentialId: "HSM-11873",
      },
    ],
  });

  await prisma.experience.createMany({
    data: [
      {
        portfolioId,
        position: 0,
        role: "Freelance social media manager",
        organization: "Hospitality and lifestyle clients",
        kind: "FREELANCE",
        startDate: day("2026-01-12"),
        endDate: null,
        description:
          "Strategy, short-form video and paid social for a regional coffee chain and two independent restaurants. Grew the chain's Instagram by 67 % in one launch.",
      },
      {
        portfolioId,
        position: 1,
        role: "Social media intern",
        organization: "Brightside Digital Agency",
        kind: "INTERNSHIP",
        startDate: day("2025-06-02"),
        endDate: day("2025-11-28"),
        description:
          "Scheduled 60+ posts a month for three retail clients in Hootsuite, drafted captions, and built the monthly performance reports in Google Analytics and Meta Business Suite.",
      },
      {
        portfolioId,
        position: 2,
        role: "Volunteer social media lead",
        organization: "Riga Paws Animal Shelter",
        kind: "VOLUNTEER",
        startDate: day("2025-09-15"),
        endDate: day("2026-03-31"),
        description: "Ran Facebook and Instagram for a city shelter with no budget: adoptions up from 18 to 31 in one ten-week drive.",
      },
    ],
  });

  const skills: { name: string; category: "SKILL" | "TOOL"; level: "BEGINNER" | "INTERMEDIATE" | "ADVANCED" | "EXPERT" | null }[] = [
    { name: "Short-form video", category: "SKILL", level: "ADVANCED" },
    { name: "Content creation", category: "SKILL", level: "ADVANCED" },
    { name: "Copywriting", category: "SKILL", level: "ADVANCED" },
    { name: "Community management", category: "SKILL", level: "ADVANCED" },
    { name: "Analytics and reporting", category: "SKILL", level: "INTERMEDIATE" },
    { name: "Paid social", category: "SKILL", level: "INTERMEDIATE" },
    { name: "Canva", category: "TOOL", level: "EXPERT" },
    { name: "Hootsuite", category: "TOOL", level: "ADVANCED" },
    { name: "Meta Business Suite", category: "TOOL", level: "ADVANCED" },
    { name: "Google Analytics", category: "TOOL", level: "INTERMEDIATE" },
    { name: "CapCut", category: "TOOL", level: null },
  ];
  await prisma.skill.createMany({ data: skills.map((skill, position) => ({ ...skill, portfolioId, position })) });

  await prisma.education.create({
    data: { portfolioId, position: 0, school: "University of Latvia", degree: "BA", field: "Communication science", startYear: 2021, endYear: 2024 },
  });
}
