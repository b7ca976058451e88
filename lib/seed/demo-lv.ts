// The demo's Latvian twin, /demo-lv: a Latvian student's portfolio written in
// Latvian, with the page language set to Latvian, so both languages of the
// public page can be seen side by side. Seeded next to the demo and idempotent.
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { fromIsoDate } from "@/lib/dates";
import { weekly, type DemoCampaign } from "./demo-content";
import { createUser } from "./factories";

export const DEMO_LV_LOGIN = { email: "demo-lv@postfolio.dev", password: "demo-portfolio-2026", handle: "demo-lv" } as const;

const day = fromIsoDate;

export const demoLvProfile = {
  displayName: "Laura Ozoliņa",
  headline: "Sociālo mediju speciāliste · Kafejnīcas, kultūra un pilsētas dzīve · Instagram un TikTok",
  bio: [
    "Palīdzu mazām Latvijas kafejnīcām un kultūras vietām pārvērst sekotājus pastāvīgos apmeklētājos.",
    "",
    "- **Pusotru gadu** vadu sociālos tīklus kafejnīcai Tērbatas ielā un brīvprātīgi — dzīvnieku patversmei",
    "- Vispirms īsie video: katru nedēļu testēju ievadus, parakstus, mūziku un publicēšanas ritmu",
    "- Atskaites, kas ierakstus sasaista ar apmeklējumiem, pieteikumiem un pārdošanu",
    "",
    "Studēju komunikāciju Latvijas Universitātē; Meta Blueprint un HubSpot sertifikāti.",
  ].join("\n"),
  location: "Rīga · var strādāt attālināti",
  contactEmail: "laura.ozolina@example.com",
  website: "https://lauraozolina.example.com",
  profileLinks: [
    { platform: "INSTAGRAM", url: "https://www.instagram.com/laura.ozolina.social" },
    { platform: "LINKEDIN", url: "https://www.linkedin.com/in/laura-ozolina-social" },
  ],
  targetIndustry: "Viesmīlība un kultūra",
  platforms: ["INSTAGRAM", "TIKTOK", "FACEBOOK"],
  openToWork: true,
  pageLocale: "lv",
} satisfies Omit<Prisma.PortfolioUncheckedCreateInput, "userId">;

export const demoLvCampaigns: DemoCampaign[] = [
  {
    title: "Ziemas dzērienu karte: no ekrāna līdz letei",
    client: "Kafejnīca “Pelēkā pūce”",
    confidential: false,
    anonymizedLabel: "",
    workKind: "FREELANCE",
    platforms: ["INSTAGRAM", "TIKTOK"],
    startDate: day("2025-12-01"),
    endDate: day("2026-02-22"),
    objective: "SALES",
    budget: 1234.5,
    currency: "EUR",
    summary:
      "Divpadsmit nedēļu kampaņa ziemas dzērienu kartei: īsi video ar baristām un pastāvīgajiem viesiem, lietotāju satura izaicinājums ar bezmaksas kakao kā balvu un mērķētas Reels reklāmas kafejnīcas apkaimē.",
    metrics: [
      {
        position: 0,
        kind: "FOLLOWERS",
        value: 3870,
        baseline: 2410,
        periodStart: day("2025-12-01"),
        periodEnd: day("2026-02-22"),
        source: "ANALYTICS_EXPORT",
        series: weekly("2025-12-01", [2410, 2520, 2650, 2790, 2930, 3080, 3210, 3370, 3500, 3640, 3760, 3870]),
      },
      { position: 1, kind: "REACH", value: 12_400, periodStart: day("2025-12-01"), periodEnd: day("2026-02-22"), source: "ANALYTICS_EXPORT" },
      { position: 2, kind: "IMPRESSIONS", value: 48_600, periodStart: day("2025-12-01"), periodEnd: day("2026-02-22"), source: "ANALYTICS_EXPORT" },
      {
        position: 3,
        kind: "ENGAGEMENTS",
        value: 1830,
        baseline: 790,
        periodStart: day("2025-12-01"),
        periodEnd: day("2026-02-22"),
        source: "ANALYTICS_EXPORT",
      },
      { position: 4, kind: "CLICKS", value: 434, periodStart: day("2025-12-01"), periodEnd: day("2026-02-22"), source: "ANALYTICS_EXPORT" },
      { position: 5, kind: "REVENUE", value: 4280, periodStart: day("2025-12-01"), periodEnd: day("2026-02-22"), source: "SELF_REPORTED" },
      { position: 6, kind: "AD_SPEND", value: 1234.5, periodStart: day("2025-12-01"), periodEnd: day("2026-02-22"), source: "ANALYTICS_EXPORT" },
    ],
  },
  {
    title: "Mājas meklējumi patversmes suņiem",
    client: "Dzīvnieku patversme “Ķepa”",
    confidential: false,
    anonymizedLabel: "",
    workKind: "VOLUNTEER",
    platforms: ["FACEBOOK", "INSTAGRAM"],
    startDate: day("2025-09-01"),
    endDate: day("2025-11-09"),
    objective: "COMMUNITY",
    budget: null,
    currency: "EUR",
    summary:
      "Brīvprātīga kampaņa: iknedēļas karuseļu sērija “Iepazīsti iemītniekus”, brīvprātīgo stāsti Stories formātā un Facebook grupa topošajiem saimniekiem. Tikai organiskā sasniedzamība.",
    metrics: [
      { position: 0, kind: "FOLLOWERS", value: 1520, baseline: 980, periodStart: day("2025-09-01"), periodEnd: day("2025-11-09"), source: "SCREENSHOT" },
      { position: 1, kind: "REACH", value: 21_000, periodStart: day("2025-09-01"), periodEnd: day("2025-11-09"), source: "SCREENSHOT" },
      { position: 2, kind: "CUSTOM", customName: "Atrastas mājas", value: 21, baseline: 11, source: "SELF_REPORTED" },
    ],
  },
];

const demoLvSkills: Omit<Prisma.SkillUncheckedCreateInput, "portfolioId">[] = [
  { position: 0, name: "Īso video scenāriji", category: "SKILL", level: "ADVANCED" },
  { position: 1, name: "Satura kalendāra plānošana", category: "SKILL", level: "ADVANCED" },
  { position: 2, name: "Kopienas vadība", category: "SKILL", level: "INTERMEDIATE" },
  { position: 3, name: "Meta Business Suite", category: "TOOL", level: "ADVANCED" },
  { position: 4, name: "CapCut", category: "TOOL", level: "EXPERT" },
  { position: 5, name: "Canva", category: "TOOL", level: "ADVANCED" },
];

/** Seeds /demo-lv unless that handle exists already. Returns true when it seeded. */
export async function seedLatvianDemoIfMissing(prisma: PrismaClient): Promise<boolean> {
  if (await prisma.user.findUnique({ where: { handle: DEMO_LV_LOGIN.handle }, select: { id: true } })) return false;
  const user = await createUser(prisma, { name: demoLvProfile.displayName, ...DEMO_LV_LOGIN });
  await prisma.user.update({ where: { id: user.id }, data: { locale: "lv" } });
  const portfolio = await prisma.portfolio.update({
    where: { userId: user.id },
    data: { ...demoLvProfile, visibility: "PUBLIC", publishedAt: day("2026-03-01") },
  });
  for (const [position, { metrics, ...campaign }] of demoLvCampaigns.entries()) {
    await prisma.campaign.create({ data: { ...campaign, position, portfolioId: portfolio.id, metrics: { create: metrics } } });
  }
  await prisma.skill.createMany({ data: demoLvSkills.map((skill) => ({ ...skill, portfolioId: portfolio.id })) });
  return true;
}
