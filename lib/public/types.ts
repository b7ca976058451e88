import type { ComputedFigure, MetricKindName } from "@/lib/metrics/formulas";
import type { SectionKey } from "@/lib/sections";
import type { Locale } from "@/lib/i18n/config";
import type { PlatformValue } from "@/lib/platforms/platforms";
import type {
  ContentFormat,
  DocumentKind,
  EntryStatus,
  ExperienceKind,
  MetricSource,
  Objective,
  SkillCategory,
  SkillLevel,
  Theme,
  Visibility,
  WorkKind,
} from "@/lib/db/generated/enums";

// What a visitor may see of a portfolio. Plain JSON (dates are "YYYY-MM-DD"
// strings) so it can sit in Next's data cache. Built only by lib/public/map.ts,
// which drops hidden sections and items and never copies the real name of a
// confidential client into it.

/** A date without time, "YYYY-MM-DD" (UTC calendar day). */
export type IsoDate = string;

/** Who the work was for, as a visitor may see it. */
export type PublicClient = {
  confidential: boolean;
  /** The client's name, or for confidential work the owner's anonymized label; null when neither is given. */
  label: string | null;
};

export type PublicImage = { id: string; url: string; thumbUrl: string; width: number | null; height: number | null; alt: string };

export type SeriesPoint = { date: IsoDate; value: number };

export type PublicResult = {
  id: string;
  kind: MetricKindName;
  customName: string;
  value: number;
  baseline: number | null;
  /** (value − baseline) ÷ baseline, when both are usable. */
  growth: number | null;
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  source: MetricSource;
};

export type PublicMetric = PublicResult & {
  evidence: PublicImage | null;
  /** The platform whose analytics export this figure was imported from (lib/imports), or null. */
  importedFrom: PlatformValue | null;
  series: SeriesPoint[];
};

export type PublicCampaign = {
  id: string;
  title: string;
  client: PublicClient;
  workKind: WorkKind;
  platforms: PlatformValue[];
  startDate: IsoDate;
  endDate: IsoDate | null;
  objective: Objective;
  budget: number | null;
  currency: string;
  summary: string;
  metrics: PublicMetric[];
  /** The two or three numbers the campaign leads with (results with a baseline first). */
  headline: PublicMetric[];
  figures: ComputedFigure[];
};

export type SampleNumbers = Partial<Record<"reach" | "impressions" | "likes" | "comments" | "shares" | "saves" | "views" | "clicks", number>>;

export type PublicSample = {
  id: string;
  platform: PlatformValue;
  format: ContentFormat;
  title: string;
  caption: string;
  hashtags: string[];
  postedAt: IsoDate | null;
  /** The original post; left out for confidential work (the account would name the client). */
  url: string | null;
  campaignId: string | null;
  workKind: WorkKind;
  client: PublicClient;
  numbers: SampleNumbers;
  /** The platform whose analytics export these numbers were imported from (lib/imports), or null. */
  importedFrom: PlatformValue | null;
  figures: ComputedFigure[];
  media: PublicImage[];
};

export type PublicDocument = {
  id: string;
  title: string;
  kind: DocumentKind;
  summary: string;
  body: string;
  pdf: { url: string; pageCount: number | null } | null;
  campaignId: string | null;
  client: PublicClient;
};

export type PublicCalendarEntry = {
  id: string;
  date: IsoDate;
  time: string | null;
  platform: PlatformValue;
  format: ContentFormat;
  topic: string;
  pillar: string;
  status: EntryStatus;
};

export type PublicCalendar = {
  id: string;
  title: string;
  startMonth: IsoDate;
  endMonth: IsoDate;
  entries: PublicCalendarEntry[];
};

export type PublicCaseStudy = {
  id: string;
  /** Never names a confidential client (lib/case-studies/slug.ts publicSlugs). */
  slug: string;
  /** Earlier slugs that redirect here (308); never one that names a confidential client. */
  previousSlugs?: string[];
  title: string;
  client: PublicClient;
  workKind: WorkKind;
  /** The currency of its money key results. */
  currency: string;
  role: string;
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  challenge: string;
  strategy: string;
  execution: string;
  results: string;
  lessons: string;
  cover: PublicImage | null;
  keyResults: PublicResult[];
  /** Linked items that a visitor can also see (visible items of visible sections). */
  campaignIds: string[];
  sampleIds: string[];
  documentIds: string[];
};

export type PublicCertification = {
  id: string;
  name: string;
  issuer: string;
  issuedAt: IsoDate | null;
  expiresAt: IsoDate | null;
  credentialId: string;
  verifyUrl: string | null;
};

export type PublicExperience = {
  id: string;
  role: string;
  organization: string;
  kind: ExperienceKind;
  startDate: IsoDate;
  endDate: IsoDate | null;
  description: string;
};

export type PublicSkill = { id: string; name: string; category: SkillCategory; level: SkillLevel | null };

export type PublicEducation = {
  id: string;
  school: string;
  degree: string;
  field: string;
  startYear: number | null;
  endYear: number | null;
};

export type ProfileLink = { platform: PlatformValue; url: string };

export type PublicPortfolio = {
  handle: string;
  displayName: string;
  headline: string;
  bio: string;
  location: string;
  contactEmail: string | null;
  website: string | null;
  profileLinks: ProfileLink[];
  targetIndustry: string;
  platforms: PlatformValue[];
  openToWork: boolean;
  avatar: PublicImage | null;
  visibility: Visibility;
  publishedAt: string | null;
  updatedAt: string;
  theme: Theme;
  /** The language the page speaks to every visitor (labels, dates, numbers); the owner's text stays as written. */
  pageLocale: Locale;
  accentColor: string;
  /** Visible sections in the owner's order (a section may still be empty). */
  sections: SectionKey[];
  campaigns: PublicCampaign[];
  caseStudies: PublicCaseStudy[];
  samples: PublicSample[];
  documents: PublicDocument[];
  calendars: PublicCalendar[];
  certifications: PublicCertification[];
  experience: PublicExperience[];
  skills: PublicSkill[];
  education: PublicEducation[];
  /** The strip under the header: the owner's picks or the defaults (lib/public/featured.ts). */
  featured: PublicFeatured;
};

/** A sample image in the featured strip, with the sample it links to. */
export type FeaturedImage = { image: PublicImage; index: number; sampleId: string; sampleTitle: string; platform: PlatformValue };

/** A headline figure in the featured strip, with the campaign or case study it comes from. */
export type FeaturedFigure = {
  result: PublicResult;
  currency: string;
  from: { kind: "campaign"; id: string; title: string } | { kind: "caseStudy"; id: string; title: string; slug: string };
};

export type PublicFeatured = {
  images: FeaturedImage[];
  figures: FeaturedFigure[];
  /** True when the owner picked any of it (else all defaults). */
  picked: boolean;
};
