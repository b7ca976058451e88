import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { profileFieldsSelect } from "@/lib/public/select";

/**
 * The owner's portfolio, or null. A read only: every account gets its
 * portfolio when it is created (lib/auth/mutations.ts, and a migration for
 * older accounts). Cached per request.
 */
export const getOwnPortfolio = cache(async (userId: string) => {
  return db().portfolio.findUnique({ where: { userId } });
});

/**
 * The owner's portfolio id. A read only, like getOwnPortfolio: an account
 * without its portfolio is NOT_FOUND, never a new row.
 */
export async function ownPortfolioId(userId: string): Promise<string> {
  const portfolio = await db().portfolio.findUnique({ where: { userId }, select: { id: true } });
  if (!portfolio) throw notFound();
  return portfolio.id;
}

export type SectionCounts = {
  campaigns: number;
  samples: number;
  documents: number;
  calendars: number;
  caseStudies: number;
  credentials: number;
};

/** Item counts for the editor's section navigation, in one round trip. */
export const getSectionCounts = cache(async (userId: string): Promise<SectionCounts> => {
  const counts = await db().portfolio.findFirst({
    where: { userId },
    select: {
      _count: {
        select: {
          campaigns: true,
          samples: true,
          documents: true,
          calendars: true,
          caseStudies: true,
          certifications: true,
          experiences: true,
          skills: true,
          education: true,
        },
      },
    },
  });
  const c = counts?._count;
  return {
    campaigns: c?.campaigns ?? 0,
    samples: c?.samples ?? 0,
    documents: c?.documents ?? 0,
    calendars: c?.calendars ?? 0,
    caseStudies: c?.caseStudies ?? 0,
    credentials: (c?.certifications ?? 0) + (c?.experiences ?? 0) + (c?.skills ?? 0) + (c?.education ?? 0),
  };
});

/** The profile fields as the editor form needs them. */
export async function getProfileForEdit(userId: string) {
  return db().portfolio.findFirst({
    where: { userId },
    select: { ...profileFieldsSelect, version: true, avatar: { select: { id: true, alt: true } } },
  });
}
