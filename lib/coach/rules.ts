// The guide coach: how complete a portfolio is against the career guide
// (GUIDE.md), as a score 0–100 and a checklist. Pure: the snapshot is loaded by
// lib/coach/data.ts; texts are `coach.items.<key>` messages.
//
// Rules that check "every X" or "an X with Y" (alt text, labelled work, two
// platforms, baselines, key results) wait until there is at least one X: they
// score nothing and show no Fix button, so an empty portfolio scores 0 and a new
// account is not met by steps it cannot take yet. The score is points earned out
// of 100, never rescaled to the rules that apply, so one campaign cannot reach
// 100 while the guide's four sections are not all there.
//
// "Mock work is labelled": every item has a work kind (the schema requires it),
// so the rule checks what a recruiter could actually misread: a campaign, sample
// or case study with no client name (and no anonymized label) must be marked
// MOCK or PERSONAL_BRAND; otherwise it looks like unnamed client work.

export type WorkKindName = "CLIENT" | "EMPLOYER" | "FREELANCE" | "VOLUNTEER" | "PERSONAL_BRAND" | "MOCK";

/** A campaign, sample or case study, as far as labelling goes. */
export type WorkItem = {
  type: "campaign" | "sample" | "caseStudy";
  id: string;
  client: string;
  confidential: boolean;
  anonymizedLabel: string;
  workKind: WorkKindName;
};

/** Where an image lives, to link to the place its alt text can be fixed. */
export type ImageOwner = { type: "avatar" } | { type: "sample" | "caseStudy" | "campaign"; id: string };

export type CoachSnapshot = {
  counts: { campaigns: number; samples: number; documents: number; calendars: number; caseStudies: number; certifications: number };
  /** Distinct platforms among content samples. */
  samplePlatforms: number;
  /** Campaign ids in order, and those with at least one metric that has a baseline. */
  campaignIds: string[];
  campaignsWithBaseline: number;
  caseStudyIds: string[];
  caseStudiesWithKeyResults: number;
  profile: { hasPhoto: boolean; headline: string; bio: string; contactEmail: string | null; website: string | null; profileLinkCount: number };
  /** Images attached to the portfolio (avatar, sample images, covers, evidence). */
  imageCount: number;
  /** The first attached image without alt text, if any. */
  imageMissingAlt: ImageOwner | null;
  workItems: WorkItem[];
  /** Campaigns with at least one result (metric), for the first-run path. */
  campaignsWithMetrics: number;
  /** Who can see the page: anything but DRAFT is published. */
  visibility: "DRAFT" | "UNLISTED" | "PUBLIC";
};

export const coachKeys = [
  "campaigns",
  "samples",
  "documentsOrCalendars",
  "caseStudies",
  "twoPlatforms",
  "metricBaseline",
  "keyResults",
  "certification",
  "photo",
  "headline",
  "bio",
  "contact",
  "imageAlt",
  "workLabelled",
] as const;
export type CoachKey = (typeof coachKeys)[number];

/** Points per rule; they sum to 100. The guide's four core sections weigh most. */
export const coachWeights: Record<CoachKey, number> = {
  campaigns: 12,
  samples: 12,
  documentsOrCalendars: 12,
  caseStudies: 12,
  twoPlatforms: 8,
  metricBaseline: 8,
  keyResults: 8,
  certification: 6,
  photo: 4,
  headline: 4,
  bio: 4,
  contact: 4,
  imageAlt: 3,
  workLabelled: 3,
};

/** The guide's four things every portfolio must show (GUIDE.md). */
export const coreKeys = ["campaigns", "samples", "documentsOrCalendars", "caseStudies"] as const satisfies readonly CoachKey[];

/**
 * `waitsFor`: the step that must come first (a rule about images waits for the first image, one about
 * key results for the first case study); such an item is neither done nor a step to take yet.
 */
export type CoachItem = { key: CoachKey; weight: number; done: boolean; href: string; waitsFor: CoachKey | null };
export type CoachResult = { score: number; items: CoachItem[] };

const unlabelledKinds: readonly WorkKindName[] = ["MOCK", "PERSONAL_BRAND"];

/** True when a recruiter can tell whose work this is: a named (or anonymized) client, or marked mock / personal brand. */
export function isLabelled(item: WorkItem): boolean {
  const hasClient = item.client.trim() !== "" || (item.confidential && item.anonymizedLabel.trim() !== "");
  return hasClient || unlabelledKinds.includes(item.workKind);
}

const editPath = { campaign: "campaigns", sample: "samples", caseStudy: "case-studies" } as const;

function imageHref(owner: ImageOwner | null): string {
  if (!owner) return "/dashboard/samples/new";
  if (owner.type === "avatar") return "/dashboard/profile#photo";
  return `/dashboard/${editPath[owner.type]}/${owner.id}`;
}

/** Evaluates every rule against a snapshot; items in checklist order. */
export function evaluateCoach(snapshot: CoachSnapshot): CoachResult {
  const { counts, profile } = snapshot;
  const unlabelled = snapshot.workItems.find((item) => !isLabelled(item));
  const firstCampaign = snapshot.campaignIds[0];
  const firstCaseStudy = snapshot.caseStudyIds[0];
  const checks: Record<CoachKey, { done: boolean; href: string }> = {
    campaigns: { done: counts.campaigns > 0, href: "/dashboard/campaigns/new" },
    samples: { done: counts.samples > 0, href: "/dashboard/samples/new" },
    documentsOrCalendars: { done: counts.documents + counts.calendars > 0, href: "/dashboard/documents/new" },
    caseStudies: { done: counts.caseStudies > 0, href: "/dashboard/case-studies/new" },
    twoPlatforms: { done: snapshot.samplePlatforms >= 2, href: "/dashboard/samples/new" },
    metricBaseline: {
      done: snapshot.campaignsWithBaseline > 0,
      href: firstCampaign ? `/dashboard/campaigns/${firstCampaign}` : "/dashboard/campaigns/new",
    },
    keyResults: {
      done: snapshot.caseStudiesWithKeyResults > 0,
      href: firstCaseStudy ? `/dashboard/case-studies/${firstCaseStudy}` : "/dashboard/case-studies/new",
    },
    certification: { done: counts.certifications > 0, href: "/dashboard/credentials#certifications" },
    photo: { done: profile.hasPhoto, href: "/dashboard/profile#photo" },
    headline: { done: profile.headline.trim() !== "", href: "/dashboard/profile#headline" },
    bio: { done: profile.bio.trim() !== "", href: "/dashboard/profile#bio" },
    contact: {
      done: Boolean(profile.contactEmail) || Boolean(profile.website) || profile.profileLinkCount > 0,
      href: "/dashboard/profile#contact",
    },
    imageAlt: { done: snapshot.imageCount > 0 && snapshot.imageMissingAlt === null, href: imageHref(snapshot.imageMissingAlt) },
    workLabelled: {
      done: snapshot.workItems.length > 0 && !unlabelled,
      href: unlabelled ? `/dashboard/${editPath[unlabelled.type]}/${unlabelled.id}` : "/dashboard/campaigns/new",
    },
  };
  // What each rule needs before it can apply; null: it applies from the start.
  const waitsFor: Partial<Record<CoachKey, CoachKey | null>> = {
    twoPlatforms: counts.samples === 0 ? "samples" : null,
    metricBaseline: counts.campaigns === 0 ? "campaigns" : null,
    keyResults: counts.caseStudies === 0 ? "caseStudies" : null,
    imageAlt: snapshot.imageCount === 0 ? "photo" : null,
    workLabelled: snapshot.workItems.length === 0 ? "campaigns" : null,
  };
  const items = coachKeys.map((key) => {
    const check = checks[key];
    const waiting = !check.done ? (waitsFor[key] ?? null) : null;
    return { key, weight: coachWeights[key], done: check.done, href: check.href, waitsFor: waiting };
  });
  const earned = items.reduce((sum, item) => sum + (item.done ? item.weight : 0), 0);
  // Belt and braces for future weights: 100 means the guide's four sections are all there.
  const coreComplete = coreKeys.every((key) => checks[key].done);
  const score = coreComplete ? earned : Math.min(earned, 99);
  return { score, items };
}

/** A snapshot of a portfolio with nothing in it (a new account). */
export function emptySnapshot(): CoachSnapshot {
  return {
    counts: { campaigns: 0, samples: 0, documents: 0, calendars: 0, caseStudies: 0, certifications: 0 },
    samplePlatforms: 0,
    campaignIds: [],
    campaignsWithBaseline: 0,
    caseStudyIds: [],
    caseStudiesWithKeyResults: 0,
    profile: { hasPhoto: false, headline: "", bio: "", contactEmail: null, website: null, profileLinkCount: 0 },
    imageCount: 0,
    imageMissingAlt: null,
    workItems: [],
    campaignsWithMetrics: 0,
    visibility: "DRAFT",
  };
}
