import "server-only";
import { db } from "@/lib/db/client";
import { toClientView, toListItemView } from "@/lib/item-view";
import type { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors";
import { mediaViewSelect, toMediaView } from "@/lib/media/urls";
import { toFigureView } from "@/lib/metrics/rows";
import { toOptionalIsoDate } from "@/lib/dates";
import type { CaseStudyView, LinkOptions } from "./types";

const byPosition: { position?: "asc"; createdAt?: "asc" }[] = [{ position: "asc" }, { createdAt: "asc" }];
const linked = { select: { id: true, title: true }, orderBy: byPosition };

const caseStudyInclude = {
  cover: { select: mediaViewSelect },
  keyResults: { orderBy: { position: "asc" } },
  campaigns: linked,
  samples: linked,
  documents: linked,
} satisfies Prisma.CaseStudyInclude;

type CaseStudyRow = Prisma.CaseStudyGetPayload<{ include: typeof caseStudyInclude }>;

function toView(row: CaseStudyRow): CaseStudyView {
  return {
    ...toListItemView(row),
    version: row.version,
    title: row.title,
    slug: row.slug,
    ...toClientView(row),
    workKind: row.workKind,
    currency: row.currency,
    role: row.role,
    periodStart: toOptionalIsoDate(row.periodStart),
    periodEnd: toOptionalIsoDate(row.periodEnd),
    challenge: row.challenge,
    strategy: row.strategy,
    execution: row.execution,
    results: row.results,
    lessons: row.lessons,
    cover: row.cover ? toMediaView(row.cover) : null,
    keyResults: row.keyResults.map(toFigureView),
    campaigns: row.campaigns,
    samples: row.samples,
    documents: row.documents,
  };
}

/** The owner's case studies in their chosen order, with key results and links. */
export async function listCaseStudies(userId: string): Promise<CaseStudyView[]> {
  const rows = await db().caseStudy.findMany({
    where: { portfolio: { userId } },
    orderBy: byPosition,
    include: caseStudyInclude,
  });
  return rows.map(toView);
}

/** One of the owner's case studies; NOT_FOUND when missing or someone else's. */
export async function getCaseStudy(userId: string, id: string): Promise<CaseStudyView> {
  const row = await db().caseStudy.findFirst({ where: { id, portfolio: { userId } }, include: caseStudyInclude });
  if (!row) throw notFound();
  return toView(row);
}

/** Everything a case study may link to, in one query. */
export async function listLinkOptions(userId: string): Promise<LinkOptions> {
  const portfolio = await db().portfolio.findFirst({
    where: { userId },
    select: {
      campaigns: { select: { id: true, title: true, currency: true }, orderBy: byPosition },
      samples: { select: { id: true, title: true, platform: true }, orderBy: byPosition },
      documents: linked,
    },
  });
  return portfolio ?? { campaigns: [], samples: [], documents: [] };
}
