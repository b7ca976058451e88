import "server-only";
import { db } from "@/lib/db/client";
import { toIsoDate, toOptionalIsoDate } from "@/lib/dates";
import { notFound } from "@/lib/errors";
import { columns, figure, pick } from "./fields";
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
      ...pick(portfolio, columns.profile.contact),
      profileLinks: Array.isArray(portfolio.profileLinks) ? (portfolio.profileLinks as { platform: never; url: string }[]) : [],
      ...pick(portfolio, columns.profile.focus),
      avatar: ownMedia(portfolio.avatarId),
      ...pick(portfolio, columns.profile.look),
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
      ...pick(campaign, columns.campaign.head),
      startDate: toIsoDate(campaign.startDate),
      endDate: day(campaign.endDate),
      ...pick(campaign, columns.campaign.tail),
      metrics: campaign.metrics.map((metric) => ({
        ref: metric.id,
        ...figure(metric, day),
        evidence: ownMedia(metric.evidenceId),
        series: seriesOf(metric.series),
        import: ownImport(metric.importId),
      })),
    })),
    samples: samples.map((sample) => ({
      ref: sample.id,
      ...pick(sample, columns.sample.head),
      postedAt: day(sample.postedAt),
      url: sample.url,
      campaign: sample.campaignId,
      ...pick(sample, columns.sample.tail),
      import: ownImport(sample.importId),
      media: sample.media.map((item) => item.id),
    })),
    documents: documents.map((item) => ({
      ref: item.id,
      ...pick(item, columns.document.head),
      pdf: ownMedia(item.pdfId),
      campaign: item.campaignId,
      ...pick(item, columns.document.client),
    })),
    calendars: calendars.map((calendar) => ({
      ...pick(calendar, columns.calendar),
      startMonth: toIsoDate(calendar.startMonth),
      endMonth: toIsoDate(calendar.endMonth),
      entries: calendar.entries.map((entry) => ({
        date: toIsoDate(entry.date),
        ...pick(entry, columns.entry),
        sample: entry.sampleId,
      })),
    })),
    caseStudies: caseStudies.map((study) => ({
      ref: study.id,
      ...pick(study, columns.caseStudy.head),
      slug: study.slug,
      ...pick(study, columns.caseStudy.tail),
      periodStart: day(study.periodStart),
      periodEnd: day(study.periodEnd),
      ...pick(study, columns.caseStudy.story),
      cover: ownMedia(study.coverId),
      campaigns: study.campaigns.map((item) => item.id),
      samples: study.samples.map((item) => item.id),
      documents: study.documents.map((item) => item.id),
      keyResults: study.keyResults.map((result) => ({
        ref: result.id,
        ...figure(result, day),
      })),
    })),
    certifications: certifications.map((item) => ({
      ...pick(item, columns.certification.head),
      issuedAt: day(item.issuedAt),
      expiresAt: day(item.expiresAt),
      ...pick(item, columns.certification.tail),
    })),
    experience: experience.map((item) => ({
      ...pick(item, columns.experience.head),
      startDate: toIsoDate(item.startDate),
      endDate: day(item.endDate),
      ...pick(item, columns.experience.tail),
    })),
    skills: skills.map((item) => pick(item, columns.skill)),
    education: education.map((item) => pick(item, columns.education)),
  };
  return { document, files };
}

/** The owner's JSON Resume (lib/export/json-resume.ts), from the same owner-scoped read. */
export async function readJsonResume(userId: string, labels: JsonResumeLabels): Promise<Record<string, unknown>> {
  const { document } = await readPortfolioExport(userId);
  return toJsonResume(document, labels);
}
