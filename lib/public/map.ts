import { toOptionalIsoDate } from "@/lib/dates";
import { asLocale } from "@/lib/i18n/config";
import { computeCampaignFigures, computePostFigures, growth, type MetricKindName } from "@/lib/metrics/formulas";
import { signedMediaUrl } from "@/lib/media/signing";
import { mediaUrl } from "@/lib/media/urls";
import type { MediaVariant } from "@/lib/media/types";
import { visibleSections, type SectionKey } from "@/lib/sections";
import { isPlatform } from "@/lib/platforms/platforms";
import { publicSlugs } from "@/lib/case-studies/slug";
import { nameMatcher, scrubText, slugRevealsName, type ConfidentialName, type NameMatcher } from "@/lib/confidential/names";
import { featuredStrip } from "./featured";
import type { PublicPortfolioRow } from "./select";
import type {
  IsoDate,
  ProfileLink,
  PublicCampaign,
  PublicClient,
  PublicImage,
  PublicMetric,
  PublicPortfolio,
  PublicResult,
  PublicSample,
  SampleNumbers,
  SeriesPoint,
} from "./types";

// DB row → what a visitor may see. Pure, so the rules are unit-tested:
// hidden sections come out empty, confidential clients only by their label,
// and the real names of confidential clients are scrubbed from every string.

export type MapOptions = {
  /** Share links: only these sections (empty = all visible ones). */
  onlySections?: readonly string[];
  /** Share links: show every client by its anonymized label. */
  anonymizeAll?: boolean;
  /**
   * Share links: the link's id. The media URLs of a non-public portfolio are
   * then signed for this link (lib/media/signing.ts), so they stop working
   * when it is revoked or expires.
   */
  shareLinkId?: string;
};

/** Replaces a confidential name inside free text when the owner left no label. */
export const REDACTED = "[confidential]";

function isoDate(date: Date | null): IsoDate | null {
  return toOptionalIsoDate(date);
}

/** How a media item's URL is written for this view: bare when the portfolio is PUBLIC, signed otherwise (lib/media/signing.ts). */
type MediaUrlFor = (mediaId: string, variant: MediaVariant) => string;

/** What the item mappers need besides the row. */
type MapContext = { anonymizeAll: boolean; mediaUrl: MediaUrlFor };

function image(media: { id: string; width: number | null; height: number | null; alt: string } | null, urlFor: MediaUrlFor): PublicImage | null {
  if (!media) return null;
  return {
    id: media.id,
    url: urlFor(media.id, "display"),
    thumbUrl: urlFor(media.id, "thumb"),
    width: media.width,
    height: media.height,
    alt: media.alt,
  };
}

type ClientFields = { client: string; confidential: boolean; anonymizedLabel: string };

function publicClient(item: ClientFields, anonymizeAll: boolean): PublicClient {
  const confidential = item.confidential || (anonymizeAll && item.client.trim() !== "");
  if (confidential) return { confidential: true, label: item.anonymizedLabel.trim() || null };
  return { confidential: false, label: item.client.trim() || null };
}

function series(value: unknown): SeriesPoint[] {
  if (!Array.isArray(value)) return [];
  return value
    .flatMap((point): SeriesPoint[] => {
      if (typeof point !== "object" || point === null) return [];
      const { date, value: n } = point as { date?: unknown; value?: unknown };
      if (typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return [];
      if (typeof n !== "number" || !Number.isFinite(n)) return [];
      return [{ date, value: n }];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

function profileLinks(value: unknown): ProfileLink[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((link): ProfileLink[] => {
    const { platform, url } = (link ?? {}) as { platform?: unknown; url?: unknown };
    return isPlatform(platform) && typeof url === "string" && /^https?:\/\//i.test(url) ? [{ platform, url }] : [];
  });
}

type ResultRow = PublicPortfolioRow["caseStudies"][number]["keyResults"][number];

type Period = { start: Date | null; end: Date | null };

/** A result; one without a period of its own covers its campaign's or case study's (`owner`). */
function result(row: ResultRow, owner: Period): PublicResult {
  const own = row.periodStart !== null;
  return {
    id: row.id,
    kind: row.kind,
    customName: row.customName,
    value: row.value,
    baseline: row.baseline,
    growth: growth(row.value, row.baseline),
    periodStart: isoDate(own ? row.periodStart : owner.start),
    periodEnd: isoDate(own ? row.periodEnd : owner.end),
    source: row.source,
  };
}

/** Spend is a cost, not a result: never a headline. */
const notHeadline: readonly MetricKindName[] = ["AD_SPEND"];

/** The numbers a campaign leads with: results with growth first, then the rest, in the owner's order. */
export function headlineResults<T extends PublicResult>(results: readonly T[], count = 3): T[] {
  const candidates = results.filter((r) => !notHeadline.includes(r.kind));
  const withGrowth = candidates.filter((r) => r.growth !== null);
  const without = candidates.filter((r) => r.growth === null);
  return [...withGrowth, ...without].slice(0, count);
}

function campaign(row: PublicPortfolioRow["campaigns"][number], ctx: MapContext): PublicCampaign {
  const period = { start: row.startDate, end: row.endDate };
  const metrics: PublicMetric[] = row.metrics.map((m) => ({ ...result(m, period), evidence: image(m.evidence, ctx.mediaUrl), series: series(m.series), importedFrom: m.import?.platform ?? null }));
  return {
    id: row.id,
    title: row.title,
    client: publicClient(row, ctx.anonymizeAll),
    workKind: row.workKind,
    platforms: row.platforms,
    startDate: isoDate(row.startDate)!,
    endDate: isoDate(row.endDate),
    objective: row.objective,
    budget: row.budget,
    currency: row.currency,
    summary: row.summary,
    metrics,
    headline: headlineResults(metrics),
    figures: computeCampaignFigures(metrics, { budget: row.budget }),
  };
}

const sampleNumberKeys = ["reach", "impressions", "likes", "comments", "shares", "saves", "views", "clicks"] as const;

function sample(row: PublicPortfolioRow["samples"][number], ctx: MapContext): PublicSample {
  const numbers: SampleNumbers = {};
  for (const key of sampleNumberKeys) {
    const n = row[key];
    if (n !== null && Number.isFinite(n)) numbers[key] = n;
  }
  const client = publicClient(row, ctx.anonymizeAll);
  return {
    id: row.id,
    platform: row.platform,
    format: row.format,
    title: row.title,
    caption: row.caption,
    hashtags: row.hashtags,
    postedAt: isoDate(row.postedAt),
    // The original post sits on the client's account: linking it would name the client.
    url: client.confidential ? null : row.url,
    campaignId: row.campaignId,
    workKind: row.workKind,
    client,
    numbers,
    importedFrom: row.import?.platform ?? null,
    figures: computePostFigures(numbers),
    media: row.media.map((m) => image(m, ctx.mediaUrl)!),
  };
}

type ClientLists = { campaigns: ClientFields[]; samples: ClientFields[]; documents: ClientFields[]; caseStudies: ClientFields[] };

/**
 * Every real name of a confidential client among the items (with anonymizeAll:
 * every client's name), with what replaces it. Used by the read model and the
 * sitemap, so both see the same names.
 */
export function confidentialNames(items: ClientLists, anonymizeAll: boolean): ConfidentialName[] {
  const all: ClientFields[] = [...items.campaigns, ...items.samples, ...items.documents, ...items.caseStudies];
  return all.flatMap((item) => {
    const name = item.client.trim();
    return (item.confidential || anonymizeAll) && name ? [{ name, label: item.anonymizedLabel.trim() || REDACTED }] : [];
  });
}

/** Keys that are identifiers or URL parts; rewriting them would break links, and they hold no prose (slugs are made safe apart, see publicSlugs). */
const structuralKeys = new Set(["id", "slug", "url", "thumbUrl", "handle", "campaignId", "sampleId", "campaignIds", "sampleIds", "documentIds", "previousSlugs"]);

/**
 * Replaces every confidential name in every string of `value`, except
 * identifiers, in any spelling the matcher knows (lib/confidential/names.ts:
 * case, spaces, hyphens, underscores, dots; hashtags and domains; short names
 * as whole words).
 */
export function scrubNames<T>(value: T, names: readonly ConfidentialName[] | NameMatcher): T {
  const matcher = Array.isArray(names) ? nameMatcher(names) : (names as NameMatcher);
  if (matcher.names.length === 0) return value;
  const walk = (node: unknown, key?: string): unknown => {
    if (typeof node === "string") return key !== undefined && structuralKeys.has(key) ? node : scrubText(node, matcher);
    if (Array.isArray(node)) return node.map((item) => walk(item, key));
    if (node && typeof node === "object") {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, k)]));
    }
    return node;
  };
  return walk(value) as T;
}

/**
 * The visitor's view of a portfolio row. Does not check visibility (the
 * loaders do); everything else a visitor must not see is removed here.
 */
export function toPublicPortfolio(row: PublicPortfolioRow, options: MapOptions = {}): PublicPortfolio {
  const anonymizeAll = options.anonymizeAll ?? false;
  // Media of an UNLISTED portfolio is served to a share link's recipient only under URLs signed for that link;
  // without a link (the owner's preview of a draft or unlisted portfolio) bare URLs, which only the owner can open.
  const linkId = options.shareLinkId;
  const ctx: MapContext = {
    anonymizeAll,
    mediaUrl: row.visibility === "PUBLIC" || !linkId ? mediaUrl : (id, variant) => signedMediaUrl(id, variant, linkId),
  };
  const sections = visibleSections(row.sectionOrder, row.hiddenSections, options.onlySections ?? []);
  const matcher = nameMatcher(confidentialNames(row, anonymizeAll));
  // A slug that names a confidential client is never published: it is replaced here, so the page, its links,
  // canonical and og:url, the OG card and the PDF all get the safe one, and a request for the old one is 404.
  const slugs = publicSlugs(row.caseStudies, matcher);
  const shown = (key: SectionKey) => sections.includes(key);

  const campaigns = shown("campaigns") ? row.campaigns.map((c) => campaign(c, ctx)) : [];
  const samples = shown("samples") ? row.samples.map((s) => sample(s, ctx)) : [];
  const documents = shown("documents")
    ? row.documents.map((d) => ({
        id: d.id,
        title: d.title,
        kind: d.kind,
        summary: d.summary,
        body: d.body,
        pdf: d.pdf ? { url: ctx.mediaUrl(d.pdf.id, "file"), pageCount: d.pdf.pageCount } : null,
        campaignId: d.campaignId,
        client: publicClient(d, anonymizeAll),
      }))
    : [];
  const ids = (list: { id: string }[]) => new Set(list.map((item) => item.id));
  const campaignIds = ids(campaigns);
  const sampleIds = ids(samples);
  const documentIds = ids(documents);

const caseStudies: PublicPortfolio["caseStudies"] = shown("caseStudies")
    ? row.caseStudies.map((cs, index) => ({
        id: cs.id,
        slug: slugs[index]!,
        // Renamed slugs that still redirect (308); one that names a confidential client does not (it would confirm the name).
        previousSlugs: cs.slugHistory.map((old) => old.slug).filter((old) => old !== slugs[index] && !slugs.includes(old) && !slugRevealsName(old, matcher)),
        title: cs.title,
        client: publicClient(cs, anonymizeAll),
        workKind: cs.workKind,
        currency: cs.currency,
        role: cs.role,
        periodStart: isoDate(cs.periodStart),
        periodEnd: isoDate(cs.periodEnd),
        challenge: cs.challenge,
        strategy: cs.strategy,
        execution: cs.execution,
        results: cs.results,
        lessons: cs.lessons,
        cover: image(cs.cover, ctx.mediaUrl),
        keyResults: cs.keyResults.map((kr) => result(kr, { start: cs.periodStart, end: cs.periodEnd })),
        campaignIds: cs.campaigns.map((c) => c.id).filter((id) => campaignIds.has(id)),
        sampleIds: cs.samples.map((s) => s.id).filter((id) => sampleIds.has(id)),
        documentIds: cs.documents.map((d) => d.id).filter((id) => documentIds.has(id)),
      }))
    : [];

  const view: PublicPortfolio = {
    handle: row.user.handle,
    displayName: row.displayName,
    headline: row.headline,
    bio: row.bio,
    location: row.location,
    contactEmail: row.contactEmail,
    website: row.website,
    profileLinks: profileLinks(row.profileLinks),
    targetIndustry: row.targetIndustry,
    platforms: row.platforms,
    openToWork: row.openToWork,
    avatar: image(row.avatar, ctx.mediaUrl),
    visibility: row.visibility,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    theme: row.theme,
    pageLocale: asLocale(row.pageLocale),
    accentColor: row.accentColor,
    sections,
    campaigns,
    samples,
    documents,
    calendars: shown("calendars")
      ? row.calendars.map((c) => ({
          id: c.id,
          title: c.title,
          startMonth: isoDate(c.startMonth)!,
          endMonth: isoDate(c.endMonth)!,
          entries: c.entries.map((e) => ({ ...e, date: isoDate(e.date)! })),
        }))
      : [],
    caseStudies,
    certifications: shown("certifications")
      ? row.certifications.map((c) => ({ ...c, issuedAt: isoDate(c.issuedAt), expiresAt: isoDate(c.expiresAt) }))
      : [],
    experience: shown("experience")
      ? row.experiences.map((e) => ({ ...e, startDate: isoDate(e.startDate)!, endDate: isoDate(e.endDate) }))
      : [],
    skills: shown("skills") ? row.skills : [],
    education: shown("education") ? row.education : [],
    featured: featuredStrip({ campaigns, caseStudies, samples }, { mediaIds: row.featuredMediaIds, resultIds: row.featuredResultIds }),
  };
  return scrubNames(view, matcher);
}
