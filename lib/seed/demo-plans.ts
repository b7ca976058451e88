// The demo account's strategy documents and planning calendar (called from
// lib/seed/demo.ts). Believable work for the demo's coffee-chain campaign.
import type { ContentFormat, EntryStatus, Platform, PrismaClient } from "@/lib/db/generated/client";
import { fromIsoDate } from "@/lib/dates";

type PlanIds = { portfolioId: string; userId: string; campaignIds: string[]; sampleIds: string[] };

// The same client as the demo's coffee-chain campaign, shown anonymized.
const confidentialClient = { client: "Northwind Coffee Roasters", confidential: true, anonymizedLabel: "a regional coffee chain (12 locations)" };

const day = fromIsoDate;

const strategyBody = `# Goals

Turn the spring menu launch into **store visits**, not just likes. Six-week plan for Instagram and TikTok, with LinkedIn for franchise partners.

## Audiences

- **Commuter regulars** (25–40): quick visual posts before 9 am, Stories with the daily special.
- **Weekend explorers** (18–30): short videos, challenges, user-generated content.
- **Franchise partners**: one LinkedIn post a week with results.

## Content mix

1. Product (40 %): the new drinks, made on camera.
2. Education (30 %): brewing tips, origin stories.
3. Community (30 %): customer features, the latte-art challenge.

## KPIs

| KPI | Baseline | Target | Result |
| --- | ---: | ---: | ---: |
| Engagement rate (IG) | 3.1 % | 4.5 % | 6.5 % |
| Followers (IG) | 2,400 | 2,900 | 3,050 |
| Reel views | 9,000 | 30,000 | 41,200 |
| Coupon redemptions | — | 400 | 512 |

## Cadence

Four posts a week on Instagram, three TikToks, one LinkedIn post. Everything scheduled in the planning calendar; results reviewed every Monday.
`;

const voiceBody = `# Brand voice: warm, quick, a little nerdy about coffee

## We are

- **Warm**: we talk to regulars by name and thank people often.
- **Quick**: one idea per post, short sentences, no jargon.
- **Curious**: we explain *why* a brew tastes the way it does.

## We are not

- Pushy: no "BUY NOW", no countdown pressure.
- Snobby: no gatekeeping about "real" coffee.

## Words we use

| Instead of | We say |
| --- | --- |
| Customers | Regulars, neighbours |
| Premium blend | Our house roast |
| Limited time offer | Here until the cherry blossoms go |

## Replying to comments

1. Answer within two hours during opening times.
2. Use the person's name and one detail from their comment.
3. Move complaints to DMs after one public, friendly reply.
`;

type DemoEntry = {
  date: string;
  time?: string;
  platform: Platform;
  format: ContentFormat;
  topic: string;
  pillar: string;
  status: EntryStatus;
  sample?: number;
};

const calendarEntries: DemoEntry[] = [
  {
    date: "2026-03-02",
    time: "08:00",
    platform: "INSTAGRAM",
    format: "STORY",
    topic: "Teaser: something new is brewing (countdown sticker)",
    pillar: "Product",
    status: "PUBLISHED",
  },
  {
    date: "2026-03-04",
    time: "12:00",
    platform: "LINKEDIN",
    format: "TEXT_POST",
    topic: "Why we redesigned our spring menu with our baristas",
    pillar: "Community",
    status: "PUBLISHED",
  },
  {
    date: "2026-03-06",
    time: "17:30",
    platform: "TIKTOK",
    format: "SHORT_VIDEO",
    topic: "Blind taste test: regulars guess the new drink",
    pillar: "Product",
    status: "PUBLISHED",
  },
  {
    date: "2026-03-09",
    time: "08:30",
    platform: "INSTAGRAM",
    format: "SHORT_VIDEO",
    topic: "“Guess the new drink” barista reel",
    pillar: "Product",
    status: "PUBLISHED",
    sample: 0,
  },
  {
    date: "2026-03-11",
    time: "19:00",
    platform: "INSTAGRAM",
    format: "CAROUSEL",
    topic: "5 ways to brew our house roast at home",
    pillar: "Education",
    status: "PUBLISHED",
  },
  {
    date: "2026-03-13",
    platform: "FACEBOOK",
    format: "IMAGE_POST",
    topic: "Spring menu is here: opening-week coupon for neighbours",
    pillar: "Product",
    status: "PUBLISHED",
  },
  {
    date: "2026-03-16",
    time: "08:30",
    platform: "INSTAGRAM",
    format: "CAROUSEL",
    topic: "Spring menu carousel + latte-art challenge launch",
    pillar: "Community",
    status: "PUBLISHED",
    sample: 1,
  },
  {
    date: "2026-03-20",
    time: "18:00",
    platform: "TIKTOK",
    format: "SHORT_VIDEO",
    topic: "Latte-art challenge: best customer attempts (duet)",
    pillar: "Community",
    status: "PUBLISHED",
  },
  {
    date: "2026-03-25",
    time: "07:45",
    platform: "INSTAGRAM",
    format: "STORY",
    topic: "Poll: cherry blossom latte, hot or iced?",
    pillar: "Community",
    status: "PUBLISHED",
  },
  {
    date: "2026-03-30",
    time: "12:00",
    platform: "LINKEDIN",
    format: "ARTICLE",
    topic: "Launch results for franchise partners: 512 coupon redemptions",
    pillar: "Education",
    status: "SCHEDULED",
  },
  {
    date: "2026-04-02",
    time: "08:30",
    platform: "INSTAGRAM",
    format: "SHORT_VIDEO",
    topic: "Origin story: the farm behind the house roast",
    pillar: "Education",
    status: "SCHEDULED",
  },
  {
    date: "2026-04-08",
    time: "17:30",
    platform: "TIKTOK",
    format: "SHORT_VIDEO",
    topic: "Barista tries every spring drink in 60 seconds",
    pillar: "Product",
    status: "SCHEDULED",
  },
  { date: "2026-04-14", platform: "X", format: "THREAD", topic: "7 hooks that worked for our spring launch (thread)", pillar: "Education", status: "DRAFT" },
  {
    date: "2026-04-17",
    time: "19:00",
    platform: "INSTAGRAM",
    format: "CAROUSEL",
    topic: "Regulars of the month: latte-art challenge winners",
    pillar: "Community",
    status: "DRAFT",
  },
  {
    date: "2026-04-22",
    platform: "PINTEREST",
    format: "IMAGE_POST",
    topic: "Home brewing guide pin for Earth Day (reusable cups)",
    pillar: "Education",
    status: "IDEA",
  },
  {
    date: "2026-04-28",
    platform: "INSTAGRAM",
    format: "STORY",
    topic: "Last call: spring menu ends with the cherry blossoms",
    pillar: "Product",
    status: "IDEA",
  },
];

/** Seeds a social media strategy with a KPI table, a brand voice guide, and a two-month content calendar. */
export async function seedDemoPlans(prisma: PrismaClient, { portfolioId, campaignIds, sampleIds }: PlanIds): Promise<void> {
  const campaignId = campaignIds[0] ?? null;
  await prisma.strategyDocument.create({
    data: {
      portfolioId,
      position: 0,
      title: "Spring launch social media strategy",
      kind: "SOCIAL_MEDIA_STRATEGY",
      summary: "A six-week Instagram and TikTok plan that lifted engagement from 3.1 % to 6.5 % and drove 512 coupon redemptions.",
      body: strategyBody,
      campaignId,
      ...confidentialClient,
    },
  });
  await prisma.strategyDocument.create({
    data: {
      portfolioId,
      position: 1,
      title: "Brand voice guide for a neighbourhood café chain",
      kind: "BRAND_VOICE_GUIDE",
      summary: "How the brand sounds in posts, captions and replies: principles, words to use, and a comment-reply playbook.",
      body: voiceBody,
      ...confidentialClient,
    },
  });
  await prisma.calendar.create({
    data: {
      portfolioId,
      position: 0,
      title: "Spring launch content calendar",
      startMonth: day("2026-03-01"),
      endMonth: day("2026-04-01"),
      entries: {
        create: calendarEntries.map((entry, position) => ({
          date: day(entry.date),
          time: entry.time ?? null,
          platform: entry.platform,
          format: entry.format,
          topic: entry.topic,
          pillar: entry.pillar,
          status: entry.status,
          sampleId: entry.sample === undefined ? null : (sampleIds[entry.sample] ?? null),
          position,
        })),
      },
    },
  });
}
