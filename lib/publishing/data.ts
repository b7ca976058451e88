import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { orderSections, type SectionKey } from "@/lib/sections";
import type { PublishSettings } from "./types";

/** The owner's publishing settings with each section's item count, in one query. */
export async function getPublishSettings(userId: string): Promise<PublishSettings> {
  const row = await db().portfolio.findFirst({
    where: { userId },
    select: {
      visibility: true,
      publishedAt: true,
      theme: true,
      accentColor: true,
      sectionOrder: true,
      hiddenSections: true,
      user: { select: { handle: true } },
      _count: {
        select: {
          campaigns: true,
          caseStudies: true,
          samples: true,
          documents: true,
          calendars: true,
          certifications: true,
          experiences: true,
          skills: true,
          education: true,
        },
      },
    },
  });
  if (!row) throw notFound();
  const c = row._count;
  const counts: Record<SectionKey, number> = {
    campaigns: c.campaigns,
    caseStudies: c.caseStudies,
    samples: c.samples,
    documents: c.documents,
    calendars: c.calendars,
    certifications: c.certifications,
    experience: c.experiences,
    skills: c.skills,
    education: c.education,
  };
  return {
    handle: row.user.handle,
    visibility: row.visibility,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    theme: row.theme,
    accentColor: row.accentColor,
    sectionOrder: orderSections(row.sectionOrder),
    hiddenSections: row.hiddenSections.filter((key): key is SectionKey => orderSections([]).includes(key as SectionKey)),
    counts,
  };
}
