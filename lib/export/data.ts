import "server-only";
import { db } from "@/lib/db/client";
import { toIsoDate, toOptionalIsoDate } from "@/lib/dates";
import { notFound } from "@/lib/errors";
import { toJsonResume, type JsonResumeLabels } from "./json-resume";
import { EXPORT_FORMAT, EXPORT_VERSION, type PortfolioExport } from "./schema";

/** A stored file to copy into the ZIP: its path there and its storage key. */
export type ExportFile = { path: string; key: string };

const byPosition = { position: "asc" } as const;
const fileName = (key: string) => key.slice(key.lastIndexOf("/") + 1);
const day = toOptionalIsoDate;
const seriesOf = (value: unknown) =>
  Array.isArray(value)
    ? value.filter((point): point is { date: string; value: number } => typeof point?.date === "string" && Number.isFinite(point?.value))
    : [];

/**
 * Everything the owner made, as `portfolio.json`, and the stored files it names. Every read is
 * scoped by `userId` (the portfolio's owner, the media's and imports' owner); nothing another user
 * owns can be reached, even through a reference.
 */
export async function readPortfolioExport(userId: string, now: Date = new Date()): Promise<{ document: PortfolioExport; files: ExportFile[] }> {
  const owned = { portfolio: { userId } };
  const portfolio = await db().portfolio.findFirst({ where: { userId } });
  if (!portfolio) throw notFound();
  const [media, imports, campaigns, samples, documents, calendars, caseStudies, certifications, experience, skills, education] = await Promise.all([
    db().media.findMany({ where: { userId }, orderBy: [{ contentSampleId: "asc" }, { position: "asc" }, { createdAt: "asc" }] }),
    db().analyticsImport.findMany({ where: { userId }, orderBy: { createdAt: "asc" } }),
    db().campaign.findMany({ where: owned, orderBy: byPosition, include: { metrics: { orderBy: byPosition } } }),
    db().contentSample.findMany({ where: owned, orderBy: byPosition, include: { media: { where: { userId }, orderBy: byPosition, select: { id: true } } } }),
    db().strategyDocument.findMany({ where: owned, orderBy: byPosition }),
    db().calendar.findMany({ where: owned, orderBy: byPosition, include: { entries: { orderBy: [{ date: "asc" }, { position: "asc" }] } } }),
    db().caseStudy.findMany({
      where: owned,
      orderBy: byPosition,
      include: {
        keyResults: { orderBy: byPosition },
        campaigns: { where: owned, select: { id: true } },
        samples: { where: owned, select: { id: true } },
        documents: { where: owned, select: { id: true } },
      },
    }),
    db().certification.findMany({ where: owned, orderBy: byPosition }),
    db().experience.findMany({ where: owned, orderBy: byPosition }),
    db().skill.findMany({ where: owned, orderBy: byPosition }),
    db().education.findMany({ where: owned, orderBy: byPosition }),
  ]);

  const files: ExportFile[] = [];
  const mediaIds = new Set(media.map((item) => item.id));
  const ownMedia = (id: string | null) => (id && mediaIds.has(id) ? id : null);
  const importIds = new Set(imports.map((item) => item.id));
  const ownImport = (id: string | null) => (id && importIds.has(id) ? id : null);

  const document: PortfolioExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    profile: {
      displayName: portfolio.displayName,
      headline: portfolio.headline,
      bio: portfolio.bio,
      location: portfolio.location,
      contactEmail: portfolio.contactEmail,
      website: portfolio.website,
      profileLinks: Array.isArray(portfolio.profileLinks) ? (portfolio.profileLinks as { platform: never; url: string }[]) : [],
      targetIndustry: portfolio.targetIndustry,
      platforms: portfolio.platforms,
      openToWork: portfolio.openToWork,
      avatar: ownMedia(portfolio.avatarId),
      theme: portfolio.theme,
      accentColor: portfolio.accentColor,
      sectionOrder: portfolio.sectionOrder,
      hiddenSections: portfolio.hiddenSections,
      featuredMedia: portfolio.featuredMediaIds.filter((id) => mediaIds.has(id)),
      featuredResults: portfolio.featuredResultIds,
    },
    media: media.map((item) => {
      const file = `media/${item.id}/${fileName(item.displayKey)}`;
      const thumb = item.thumbKey ? `media/${item.id}/${fileName(item.thumbKey)}` : null;
      files.push({ path: file, key: item.displayKey });
      if (item.thumbKey && thumb) files.push({ path: thumb, key: item.thumbKey });
      return {
        ref: item.id,
        kind: item.kind,
        mimeType: item.mimeType as "image/webp" | "application/pdf",
        alt: item.alt,
        bytes: item.bytes,
        width: item.width,
        height: item.height,
        pageCount: item.pageCount,
        file,
        thumb,
      };
    }),
    imports: imports.map((item) => {
      const file = `imports/${item.id}/original.bin`;
      files.push({ path: file, key: item.fileKey });
      return {
        ref: item.id,
        platform: item.platform,
        reports: item.reports,
        rangeStart: day(item.rangeStart),
        rangeEnd: day(item.rangeEnd),
        fileType: item.fileType as "csv" | "xlsx" | "zip",
        fileBytes: item.fileBytes,
        importedAt: item.createdAt.toISOString(),
        file,
      };
    }),
    campaigns: campaigns.map((campaign) => ({
      ref: campaign.id,
      hidden: campaign.hidden,
      title: campaign.title,
      client: campaign.client,
      confidential: campaign.confidential,
      anonymizedLabel: campaign.anonymizedLabel,
      workKind: campaign.workKind,
      platforms: campaign.platforms,
      startDate: toIsoDate(campaign.startDate),
      endDate: day(campaign.endDate),
      objective: campaign.objective,
      budget: campaign.budget,
      currency: campaign.currency,
      summary: campaign.summary,
      metrics: campaign.metrics.map((metric) => ({
        ref: metric.id,
        kind: metric.kind,
        customName: metric.customName,
        value: metric.value,
        baseline: metric.baseline,
        periodStart: day(metric.periodStart),
        periodEnd: day(metric.periodEnd),
        source: metric.source,
        evidence: ownMedia(metric.evidenceId),
        series: seriesOf(metric.series),
        import: ownImport(metric.importId),
      })),
    })),
    samples: samples.map((sample) => ({
      ref: sample.id,
      hidden: sample.hidden,
      platform: sample.platform,
      format: sample.format,
      title: sample.title,
      caption: sample.caption,
      hashtags: sample.hashtags,
      postedAt: day(sample.postedAt),
      url: sample.url,
      campaign: sample.campaignId,
      workKind: sample.workKind,
      client: sample.client,
      confidential: sample.confidential,
      anonymizedLabel: sample.anonymizedLabel,
      reach: sample.reach,
      impressions: sample.impressions,
      likes: sample.likes,
      comments: sample.comments,
      shares: sample.shares,
      saves: sample.saves,
      views: sample.views,
      clicks: sample.clicks,
      import: ownImport(sample.importId),
      media: sample.media.map((item) => item.id),
    })),
    documents: documents.map((item) => ({
      ref: item.id,
      hidden: item.hidden,
      title: item.title,
      kind: item.kind,
      summary: item.summary,
      body: item.body,
      pdf: ownMedia(item.pdfId),
      campaign: item.campaignId,
      client: item.client,
      confidential: item.confidential,
      anonymizedLabel: item.anonymizedLabel,
    })),
    calendars: calendars.map((calendar) => ({
      hidden: calendar.hidden,
      title: calendar.title,
      startMonth: toIsoDate(calendar.startMonth),
      endMonth: toIsoDate(calendar.endMonth),
      entries: calendar.entries.map((entry) => ({
        date: toIsoDate(entry.date),
        time: entry.time,
        platform: entry.platform,
        format: entry.format,
        topic: entry.topic,
        pillar: entry.pillar,
        status: entry.status,
        sample: entry.sampleId,
      })),
    })),
    caseStudies: caseStudies.map((study) => ({
      ref: study.id,
      hidden: study.hidden,
      title: study.title,
      slug: study.slug,
      client: study.client,
      confidential: study.confidential,
      anonymizedLabel: study.anonymizedLabel,
      workKind: study.workKind,
      currency: study.currency,
      role: study.role,
      periodStart: day(study.periodStart),
      periodEnd: day(study.periodEnd),
      challenge: study.challenge,
      strategy: study.strategy,
      execution: study.execution,
      results: study.results,
      lessons: study.lessons,
      cover: ownMedia(study.coverId),
      campaigns: study.campaigns.map((item) => item.id),
      samples: study.samples.map((item) => item.id),
      documents: study.documents.map((item) => item.id),
      keyResults: study.keyResults.map((result) => ({
        ref: result.id,
        kind: result.kind,
        customName: result.customName,
        value: result.value,
        baseline: result.baseline,
        periodStart: day(result.periodStart),
        periodEnd: day(result.periodEnd),
        source: result.source,
      })),
    })),
    certifications: certifications.map((item) => ({
      hidden: item.hidden,
      name: item.name,
      issuer: item.issuer,
      issuedAt: day(item.issuedAt),
      expiresAt: day(item.expiresAt),
      credentialId: item.credentialId,
      verifyUrl: item.verifyUrl,
    })),
    experience: experience.map((item) => ({
      hidden: item.hidden,
      role: item.role,
      organization: item.organization,
      kind: item.kind,
      startDate: toIsoDate(item.startDate),
      endDate: day(item.endDate),
      description: item.description,
    })),
    skills: skills.map((item) => ({ name: item.name, category: item.category, level: item.level })),
    education: education.map((item) => ({
      hidden: item.hidden,
      school: item.school,
      degree: item.degree,
      field: item.field,
      startYear: item.startYear,
      endYear: item.endYear,
    })),
  };
  return { document, files };
}

/** The owner's JSON Resume (lib/export/json-resume.ts), from the same owner-scoped read. */
export async function readJsonResume(userId: string, labels: JsonResumeLabels): Promise<Record<string, unknown>> {
  const { document } = await readPortfolioExport(userId);
  return toJsonResume(document, labels);
}
