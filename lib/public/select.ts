import type { Prisma } from "@/lib/db/generated/client";

// Everything the public page shows, in ONE query (relationJoins loads nested
// relations with joins). Hidden items are filtered here; hidden sections and
// confidential names are dealt with in map.ts, before anything is cached.

const ordered: [{ position: "asc" }, { createdAt: "asc" }] = [{ position: "asc" }, { createdAt: "asc" }];
const image = { select: { id: true, kind: true, width: true, height: true, alt: true } } as const;
const client = { client: true, confidential: true, anonymizedLabel: true } as const;
const result = {
  id: true,
  kind: true,
  customName: true,
  value: true,
  baseline: true,
  periodStart: true,
  periodEnd: true,
  source: true,
} as const;

/** The profile's own fields: what the profile editor edits and the public page shows. */
export const profileFieldsSelect = {
  displayName: true,
  headline: true,
  bio: true,
  location: true,
  contactEmail: true,
  website: true,
  profileLinks: true,
  targetIndustry: true,
  platforms: true,
  openToWork: true,
} as const;

export const publicPortfolioSelect = {
  ...profileFieldsSelect,
  visibility: true,
  publishedAt: true,
  updatedAt: true,
  theme: true,
  pageLocale: true,
  accentColor: true,
  sectionOrder: true,
  hiddenSections: true,
  featuredMediaIds: true,
  featuredResultIds: true,
  user: { select: { handle: true } },
  avatar: image,
  campaigns: {
    where: { hidden: false },
    orderBy: ordered,
    select: {
      id: true,
      title: true,
      ...client,
      workKind: true,
      platforms: true,
      startDate: true,
      endDate: true,
      objective: true,
      budget: true,
      currency: true,
      summary: true,
      metrics: { orderBy: { position: "asc" }, select: { ...result, series: true, evidence: image, import: { select: { platform: true } } } },
    },
  },
  samples: {
    where: { hidden: false },
    orderBy: ordered,
    select: {
      id: true,
      platform: true,
      format: true,
      title: true,
      caption: true,
      hashtags: true,
      postedAt: true,
      url: true,
      campaignId: true,
      workKind: true,
      ...client,
      reach: true,
      impressions: true,
      likes: true,
      comments: true,
      shares: true,
      saves: true,
      views: true,
      clicks: true,
      import: { select: { platform: true } },
      media: { where: { kind: "IMAGE" }, orderBy: { position: "asc" }, take: 4, ...image },
    },
  },
  documents: {
    where: { hidden: false },
    orderBy: ordered,
    select: {
      id: true,
      title: true,
      kind: true,
      summary: true,
      body: true,
      campaignId: true,
      ...client,
      pdf: { select: { id: true, pageCount: true } },
    },
  },
  calendars: {
    where: { hidden: false },
    orderBy: ordered,
    select: {
      id: true,
      title: true,
      startMonth: true,
      endMonth: true,
      entries: {
        orderBy: [{ date: "asc" }, { time: "asc" }, { position: "asc" }],
        select: { id: true, date: true, time: true, platform: true, format: true, topic: true, pillar: true, status: true },
      },
    },
  },
  caseStudies: {
    where: { hidden: false },
    orderBy: ordered,
    select: {
      id: true,
      slug: true,
      slugHistory: { select: { slug: true } },
      title: true,
      ...client,
      workKind: true,
      currency: true,
      role: true,
      periodStart: true,
      periodEnd: true,
      challenge: true,
      strategy: true,
      execution: true,
      results: true,
      lessons: true,
      cover: image,
      keyResults: { orderBy: { position: "asc" }, select: result },
      campaigns: { where: { hidden: false }, select: { id: true } },
      samples: { where: { hidden: false }, select: { id: true } },
      documents: { where: { hidden: false }, select: { id: true } },
    },
  },
  certifications: {
    where: { hidden: false },
    orderBy: [{ position: "asc" }, { issuedAt: "desc" }],
    select: { id: true, name: true, issuer: true, issuedAt: true, expiresAt: true, credentialId: true, verifyUrl: true },
  },
  experiences: {
    where: { hidden: false },
    orderBy: [{ position: "asc" }, { startDate: "desc" }],
    select: { id: true, role: true, organization: true, kind: true, startDate: true, endDate: true, description: true },
  },
  skills: { orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, category: true, level: true } },
  education: {
    where: { hidden: false },
    orderBy: [{ position: "asc" }, { endYear: "desc" }],
    select: { id: true, school: true, degree: true, field: true, startYear: true, endYear: true },
  },
} satisfies Prisma.PortfolioSelect;

export type PublicPortfolioRow = Prisma.PortfolioGetPayload<{ select: typeof publicPortfolioSelect }>;
