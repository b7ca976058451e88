import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { firstRunPath, type FirstRun } from "./first-run";
import { emptySnapshot, evaluateCoach, type CoachResult, type CoachSnapshot, type ImageOwner, type WorkItem } from "./rules";

const byPosition: { position?: "asc"; createdAt?: "asc" }[] = [{ position: "asc" }, { createdAt: "asc" }];
const labelFields = { id: true, client: true, confidential: true, anonymizedLabel: true, workKind: true } as const;

/** An image that shows somewhere on the portfolio (orphan uploads in unsaved forms don't count). */
const attachedImage = {
  kind: "IMAGE",
  OR: [{ avatarOf: { isNot: null } }, { contentSampleId: { not: null } }, { coverOf: { isNot: null } }, { evidenceOf: { isNot: null } }],
} satisfies Prisma.MediaWhereInput;

const snapshotSelect = {
  headline: true,
  bio: true,
  contactEmail: true,
  website: true,
  profileLinks: true,
  avatarId: true,
  visibility: true,
  _count: { select: { campaigns: true, samples: true, documents: true, calendars: true, caseStudies: true, certifications: true } },
  campaigns: {
    orderBy: byPosition,
    select: {
      ...labelFields,
      _count: { select: { metrics: { where: { baseline: { not: null } } } } },
      // One result is enough for the first-run path: take one id rather than counting them all.
      metrics: { select: { id: true }, take: 1 },
    },
  },
  samples: { orderBy: byPosition, select: { ...labelFields, platform: true } },
  caseStudies: { orderBy: byPosition, select: { ...labelFields, _count: { select: { keyResults: true } } } },
  user: {
    select: {
      _count: { select: { media: { where: attachedImage } } },
      media: {
        where: { ...attachedImage, alt: "" },
        orderBy: { createdAt: "asc" },
        take: 1,
        select: {
          avatarOf: { select: { id: true } },
          contentSampleId: true,
          coverOf: { select: { id: true } },
          evidenceOf: { select: { campaignId: true } },
        },
      },
    },
  },
} satisfies Prisma.PortfolioSelect;

type SnapshotRow = Prisma.PortfolioGetPayload<{ select: typeof snapshotSelect }>;

function ownerOf(image: SnapshotRow["user"]["media"][number] | undefined): ImageOwner | null {
  if (!image) return null;
  if (image.avatarOf) return { type: "avatar" };
  if (image.contentSampleId) return { type: "sample", id: image.contentSampleId };
  if (image.coverOf) return { type: "caseStudy", id: image.coverOf.id };
  if (image.evidenceOf) return { type: "campaign", id: image.evidenceOf.campaignId };
  return null;
}

function workItem(type: WorkItem["type"], row: Omit<WorkItem, "type">): WorkItem {
  return { type, id: row.id, client: row.client, confidential: row.confidential, anonymizedLabel: row.anonymizedLabel, workKind: row.workKind };
}

export function toSnapshot(row: SnapshotRow): CoachSnapshot {
  return {
    counts: row._count,
    samplePlatforms: new Set(row.samples.map((sample) => sample.platform)).size,
    campaignIds: row.campaigns.map((campaign) => campaign.id),
    campaignsWithBaseline: row.campaigns.filter((campaign) => campaign._count.metrics > 0).length,
    caseStudyIds: row.caseStudies.map((study) => study.id),
    caseStudiesWithKeyResults: row.caseStudies.filter((study) => study._count.keyResults > 0).length,
    profile: {
      hasPhoto: row.avatarId !== null,
      headline: row.headline,
      bio: row.bio,
      contactEmail: row.contactEmail,
      website: row.website,
      profileLinkCount: Array.isArray(row.profileLinks) ? row.profileLinks.length : 0,
    },
    imageCount: row.user._count.media,
    imageMissingAlt: ownerOf(row.user.media[0]),
    workItems: [
      ...row.campaigns.map((item) => workItem("campaign", item)),
      ...row.samples.map((item) => workItem("sample", item)),
      ...row.caseStudies.map((item) => workItem("caseStudy", item)),
    ],
    campaignsWithMetrics: row.campaigns.filter((campaign) => campaign.metrics.length > 0).length,
    visibility: row.visibility,
  };
}

/** What the coach needs about a user's portfolio, in one query. */
export async function getCoachSnapshot(userId: string): Promise<CoachSnapshot> {
  const row = await db().portfolio.findFirst({ where: { userId }, select: snapshotSelect });
  return row ? toSnapshot(row) : emptySnapshot();
}

/** One snapshot per request: the coach and the first-run path read the same one. */
const getCachedSnapshot = cache(getCoachSnapshot);

/** The score and checklist for a user; cached per request so the overview and the sidebar share it. */
export const getCoach = cache(async (userId: string): Promise<CoachResult> => evaluateCoach(await getCachedSnapshot(userId)));

/** The first-run path (profile → campaign with results → sample → publish) from the same snapshot. */
export const getFirstRun = cache(async (userId: string): Promise<FirstRun> => firstRunPath(await getCachedSnapshot(userId)));
