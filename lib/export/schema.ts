// The `portfolio.json` of a Postfolio export: our own versioned format, and the one source
// of truth for it. lib/export/portfolio.schema.json is generated from this (a unit test fails
// when it is stale). Items refer to each other by `ref` (the exporting account's ids; an import
// gives every item a new id and remaps them); files are paths inside the ZIP. Nothing here is a
// secret, another user's data or a visitor's: no email login, no share links, no page views.
import { z } from "zod";
import {
  ContentFormat,
  DocumentKind,
  EntryStatus,
  ExperienceKind,
  MediaKind,
  MetricKind,
  MetricSource,
  Objective,
  Platform,
  SkillCategory,
  SkillLevel,
  Theme,
  WorkKind,
} from "@/lib/db/generated/enums";

export const EXPORT_FORMAT = "postfolio";
export const EXPORT_VERSION = 1;

/** Items of one kind an export may hold (a generous bound: the import is one transaction). */
export const MAX_EXPORT_ITEMS = 5_000;
const SHORT = 500;
const LONG = 100_000;

const values = <T extends Record<string, string>>(object: T) => Object.values(object) as [T[keyof T], ...T[keyof T][]];
const ref = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "badRef");
const short = z.string().max(SHORT);
const long = z.string().max(LONG);
const day = z.iso.date();
const instant = z.iso.datetime({ offset: true });
const figure = z.number().finite();
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_EXPORT_ITEMS);
/** A file's path inside the ZIP: `media/<ref>/<name>` or `imports/<ref>/<name>`. */
const zipPath = z.string().regex(/^(media|imports)\/[A-Za-z0-9_-]{1,64}\/[a-z]{1,16}\.(webp|pdf|bin)$/, "badPath");
const clientFields = { client: short, confidential: z.boolean(), anonymizedLabel: short };

const platform = z.enum(values(Platform));
const workKind = z.enum(values(WorkKind));

export const exportMediaSchema = z.object({
  ref,
  kind: z.enum(values(MediaKind)),
  mimeType: z.enum(["image/webp", "application/pdf"]),
  alt: long,
  bytes: z.int().nonnegative(),
  width: z.int().positive().nullable(),
  height: z.int().positive().nullable(),
  pageCount: z.int().positive().nullable(),
  /** The file shown (an image's display size, or the PDF) and an image's thumbnail. */
  file: zipPath,
  thumb: zipPath.nullable(),
});

export const exportImportSchema = z.object({
  ref,
  platform,
  reports: z.array(short).max(20),
  rangeStart: day.nullable(),
  rangeEnd: day.nullable(),
  fileType: z.enum(["csv", "xlsx", "zip"]),
  fileBytes: z.int().nonnegative(),
  importedAt: instant,
  /** The original platform export file, kept as owner-only evidence. */
  file: zipPath,
});

const seriesPoint = z.object({ date: day, value: figure });

const figureFields = {
  ref,
  kind: z.enum(values(MetricKind)),
  customName: short,
  value: figure,
  baseline: figure.nullable(),
  periodStart: day.nullable(),
  periodEnd: day.nullable(),
  source: z.enum(values(MetricSource)),
};

export const exportMetricSchema = z.object({
  ...figureFields,
  evidence: ref.nullable(),
  series: z.array(seriesPoint).max(10_000),
  import: ref.nullable(),
});

export const exportCampaignSchema = z.object({
  ref,
  hidden: z.boolean(),
  title: short,
  ...clientFields,
  workKind,
  platforms: z.array(platform).max(20),
  startDate: day,
  endDate: day.nullable(),
  objective: z.enum(values(Objective)),
  budget: figure.nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  summary: long,
  metrics: list(exportMetricSchema),
});

export const exportSampleSchema = z.object({
  ref,
  hidden: z.boolean(),
  platform,
  format: z.enum(values(ContentFormat)),
  title: short,
  caption: long,
  hashtags: z.array(short).max(100),
  postedAt: day.nullable(),
  url: z.string().max(2_000).nullable(),
  campaign: ref.nullable(),
  workKind,
  ...clientFields,
  reach: figure.nullable(),
  impressions: figure.nullable(),
  likes: figure.nullable(),
  comments: figure.nullable(),
  shares: figure.nullable(),
  saves: figure.nullable(),
  views: figure.nullable(),
  clicks: figure.nullable(),
  import: ref.nullable(),
  /** The sample's images, in order. */
  media: z.array(ref).max(50),
});

export const exportDocumentSchema = z.object({
  ref,
  hidden: z.boolean(),
  title: short,
  kind: z.enum(values(DocumentKind)),
  summary: long,
  body: long,
  pdf: ref.nullable(),
  campaign: ref.nullable(),
  ...clientFields,
});

export const exportCalendarSchema = z.object({
  hidden: z.boolean(),
  title: short,
  startMonth: day,
  endMonth: day,
  entries: list(
    z.object({
      date: day,
      time: z
        .string()
        .regex(/^\d{2}:\d{2}$/)
        .nullable(),
      platform,
      format: z.enum(values(ContentFormat)),
      topic: short,
      pillar: short,
      status: z.enum(values(EntryStatus)),
      sample: ref.nullable(),
    }),
  ),
});

export const exportCaseStudySchema = z.object({
  ref,
  hidden: z.boolean(),
  title: short,
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(120),
  ...clientFields,
  workKind,
  currency: z.string().regex(/^[A-Z]{3}$/),
  role: short,
  periodStart: day.nullable(),
  periodEnd: day.nullable(),
  challenge: long,
  strategy: long,
  execution: long,
  results: long,
  lessons: long,
  cover: ref.nullable(),
  campaigns: z.array(ref).max(200),
  samples: z.array(ref).max(200),
  documents: z.array(ref).max(200),
  keyResults: list(z.object(figureFields)),
});

export const exportProfileSchema = z.object({
  displayName: short,
  headline: short,
  bio: long,
  location: short,
  contactEmail: z.string().max(320).nullable(),
  website: z.string().max(2_000).nullable(),
  profileLinks: z.array(z.object({ platform, url: z.string().max(2_000) })).max(20),
  targetIndustry: short,
  platforms: z.array(platform).max(20),
  openToWork: z.boolean(),
  avatar: ref.nullable(),
  theme: z.enum(values(Theme)),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  /** Section keys (lib/sections.ts) in the owner's order, and the hidden ones. */
  sectionOrder: z.array(short).max(50),
  hiddenSections: z.array(short).max(50),
  /** The featured strip: media refs (sample images) and result refs (campaign metrics or key results). */
  featuredMedia: z.array(ref).max(20),
  featuredResults: z.array(ref).max(20),
});

export const portfolioExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: instant,
  profile: exportProfileSchema,
  media: list(exportMediaSchema),
  imports: list(exportImportSchema),
  campaigns: list(exportCampaignSchema),
  samples: list(exportSampleSchema),
  documents: list(exportDocumentSchema),
  calendars: list(exportCalendarSchema),
  caseStudies: list(exportCaseStudySchema),
  certifications: list(
    z.object({
      hidden: z.boolean(),
      name: short,
      issuer: short,
      issuedAt: day.nullable(),
      expiresAt: day.nullable(),
      credentialId: short,
      verifyUrl: z.string().max(2_000).nullable(),
    }),
  ),
  experience: list(
    z.object({
      hidden: z.boolean(),
      role: short,
      organization: short,
      kind: z.enum(values(ExperienceKind)),
      startDate: day,
      endDate: day.nullable(),
      description: long,
    }),
  ),
  skills: list(z.object({ name: short, category: z.enum(values(SkillCategory)), level: z.enum(values(SkillLevel)).nullable() })),
  education: list(
    z.object({
      hidden: z.boolean(),
      school: short,
      degree: short,
      field: short,
      startYear: z.int().min(1900).max(2200).nullable(),
      endYear: z.int().min(1900).max(2200).nullable(),
    }),
  ),
});

export type PortfolioExport = z.infer<typeof portfolioExportSchema>;

/** Just enough to tell a Postfolio export of another version from something else. */
export const exportHeaderSchema = z.object({ format: z.literal(EXPORT_FORMAT), version: z.int() });

/** The JSON Schema committed beside this file (lib/export/portfolio.schema.json). */
export function portfolioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(portfolioExportSchema, { target: "draft-2020-12" }),
    $id: "https://postfolio.dev/schemas/portfolio-export-v1.json",
    title: "Postfolio portfolio export (portfolio.json), version 1",
  };
}
