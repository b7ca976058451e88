import "server-only";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { toIsoDate, toOptionalIsoDate } from "@/lib/dates";
import { toFigureView } from "@/lib/metrics/rows";
import { acceptLanguageTags, defaultCurrency, recentClients, type CampaignFacts, type FormHistory } from "@/lib/shared/defaults";

// Reads behind the editors' defaults (lib/shared/defaults.ts has the rules). Owner id in every where.

const byRecent = { updatedAt: "desc" } as const;

/** The owner's campaigns with what a linked sample or case study takes from them, in the owner's order. */
export async function listCampaignFacts(userId: string): Promise<CampaignFacts[]> {
  const rows = await db().campaign.findMany({
    where: { portfolio: { userId } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      workKind: true,
      client: true,
      confidential: true,
      anonymizedLabel: true,
      startDate: true,
      endDate: true,
      currency: true,
      metrics: { orderBy: { position: "asc" }, include: { import: { select: { platform: true } } } },
    },
  });
  return rows.map(({ metrics, startDate, endDate, ...campaign }) => {
    const start = toIsoDate(startDate);
    const end = toOptionalIsoDate(endDate);
    return {
      ...campaign,
      startDate: start,
      endDate: end,
      // A figure without its own period is the campaign's (issue #15: never "period not given" on a dated result).
      figures: metrics.map((metric) => {
        const figure = toFigureView(metric);
        const own = figure.periodStart !== null || figure.periodEnd !== null;
        return {
          ...figure,
          periodStart: own ? figure.periodStart : start,
          periodEnd: own ? figure.periodEnd : end,
          importedFrom: metric.import?.platform ?? null,
        };
      }),
    };
  });
}

/** The owner's recent choices: last currency (else the reader's locale's), last sample's platform, recent clients. */
export async function loadFormHistory(userId: string): Promise<FormHistory> {
  const owned = { portfolio: { userId } };
  const [campaigns, studies, samples, locale, requestHeaders] = await Promise.all([
    db().campaign.findMany({ where: owned, orderBy: byRecent, take: 10, select: { currency: true, client: true, updatedAt: true } }),
    db().caseStudy.findMany({ where: owned, orderBy: byRecent, take: 10, select: { currency: true, client: true, updatedAt: true } }),
    db().contentSample.findMany({ where: owned, orderBy: byRecent, take: 10, select: { platform: true, client: true, updatedAt: true, createdAt: true } }),
    getLocale(),
    headers(),
  ]);
  const withCurrency = [...campaigns, ...studies].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
  const lastSample = [...samples].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  const named = [...campaigns, ...studies, ...samples].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
  return {
    currency: defaultCurrency(withCurrency[0]?.currency, [locale, ...acceptLanguageTags(requestHeaders.get("accept-language"))]),
    platform: lastSample?.platform ?? null,
    clients: recentClients(named.map((item) => item.client)),
  };
}
