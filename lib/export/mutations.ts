import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { fromIsoDate, fromOptionalIsoDate } from "@/lib/dates";
import { notFound } from "@/lib/errors";
import { removeStoredFiles } from "@/lib/media/mutations";
import { revalidatePublicPage } from "@/lib/portfolio/mutations";
import { storage } from "@/lib/storage";
import { importKey, mediaKey } from "@/lib/storage/keys";
import { columns, figure, pick } from "./fields";
import { exportProblem, readExportZip, zipProblem, type ExportCounts } from "./read";
import type { PortfolioExport } from "./schema";
import { insertBatched } from "./insert";
import { certificationDates, experienceDates } from "@/lib/credentials/mutations";
import { collectEntry } from "@/lib/imports/zip";
import { readExportEntries, type ExportSource } from "./unzip";

export type ImportExportOptions = {
  /** Take the export's profile, look, section order and featured picks (a move to a new account); otherwise only items are added. */
  replaceProfile: boolean;
};

export type ImportExportResult = { counts: ExportCounts };

const contentTypes = { webp: "image/webp", pdf: "application/pdf", bin: "application/octet-stream" } as const;

/**
 * Imports a Postfolio export into `userId`'s portfolio, all or nothing: the ZIP is read and
 * checked in full, the files are written to storage under new ids first (a second pass over the
 * ZIP, one file in memory at a time), then every row goes in
 * one transaction of batched inserts with new ids and remapped references. If anything fails the
 * written files are removed again, so nothing is left behind. Items are added after the owner's
 * own (nothing is overwritten); the handle and the page's visibility are never imported.
 */
export async function importPortfolioExport(userId: string, source: ExportSource, options: ImportExportOptions): Promise<ImportExportResult> {
  const { document, files, counts } = await readExportZip(source);
  const portfolio = await db().portfolio.findFirst({ where: { userId }, select: { id: true, avatarId: true } });
  if (!portfolio) throw notFound();
  const portfolioId = portfolio.id;

  // Without a profile replacement the export's photo is used only when the account has none.
  const avatarRef = document.profile.avatar;
  const takeAvatar = avatarRef !== null && (options.replaceProfile || portfolio.avatarId === null);
  const mediaToImport = document.media.filter((item) => takeAvatar || item.ref !== avatarRef);

  const ids = new Map<string, string>();
  const fresh = (ref: string) => {
    const id = randomUUID();
    ids.set(ref, id);
    return id;
  };
  const mapped = (ref: string | null) => (ref === null ? null : ids.get(ref)!);

  // Files first, under keys made here (never from the ZIP's names): the ZIP path → where it goes.
  const planned = new Map<string, { key: string; contentType: string }>();
  const mediaRows = mediaToImport.map((item) => {
    const id = fresh(item.ref);
    const displayName = item.kind === "PDF" ? "document.pdf" : "display.webp";
    const displayKey = mediaKey(userId, id, displayName);
    const thumbKey = item.thumb ? mediaKey(userId, id, "thumb.webp") : null;
    planned.set(item.file, { key: displayKey, contentType: item.kind === "PDF" ? contentTypes.pdf : contentTypes.webp });
    if (item.thumb && thumbKey) planned.set(item.thumb, { key: thumbKey, contentType: contentTypes.webp });
    return { item, id, displayKey, thumbKey };
  });
  const importRows = document.imports.map((item) => {
    const id = fresh(item.ref);
    const fileKey = importKey(userId, id);
    planned.set(item.file, { key: fileKey, contentType: contentTypes.bin });
    return { item, id, fileKey };
  });
  for (const campaign of document.campaigns) {
    fresh(campaign.ref);
    campaign.metrics.forEach((metric) => fresh(metric.ref));
  }
  document.samples.forEach((sample) => fresh(sample.ref));
  document.documents.forEach((item) => fresh(item.ref));
  for (const study of document.caseStudies) {
    fresh(study.ref);
    study.keyResults.forEach((result) => fresh(result.ref));
  }

  const keys = [...planned.values()].map((file) => file.key);
  try {
    const written = new Set<string>();
    await readExportEntries(source, (name) => {
      const file = planned.get(name);
      if (!file) return null;
      return collectEntry(async (data) => {
        // The bytes checked by readExportZip: the same ZIP, and each name once.
        if (data.byteLength !== files.get(name)!.size) throw exportProblem("badFile", name);
        await storage().put(file.key, data, file.contentType);
        written.add(name);
      });
    });
    for (const name of planned.keys()) if (!written.has(name)) throw exportProblem("missingFile", name);
  } catch (error) {
    await removeStoredFiles(keys);
    throw zipProblem(error);
  }

  try {
    await db().$transaction(
      async (tx) => {
        const where = { portfolioId };
        const [campaignCount, sampleCount, documentCount, calendarCount, studyCount, certCount, experienceCount, skillCount, educationCount] =
          await Promise.all([
            tx.campaign.count({ where }),
            tx.contentSample.count({ where }),
            tx.strategyDocument.count({ where }),
            tx.calendar.count({ where }),
            tx.caseStudy.count({ where }),
            tx.certification.count({ where }),
            tx.experience.count({ where }),
            tx.skill.count({ where }),
            tx.education.count({ where }),
          ]);

        await tx.analyticsImport.createMany({
          data: importRows.map(({ item, id, fileKey }) => ({
            id,
            userId,
            platform: item.platform,
            reports: item.reports,
            rangeStart: fromOptionalIsoDate(item.rangeStart),
            rangeEnd: fromOptionalIsoDate(item.rangeEnd),
            fileType: item.fileType,
            fileBytes: item.fileBytes,
            fileKey,
            createdAt: new Date(item.importedAt),
          })),
        });
        // Dates stay the export's "YYYY-MM-DD" days here: PostgreSQL casts them (lib/export/insert.ts).
        await insertBatched(
          tx,
          "Campaign",
          document.campaigns.map((campaign, index) => ({
            id: mapped(campaign.ref)!,
            portfolioId,
            position: campaignCount + index,
            ...pick(campaign, columns.campaign.head),
            startDate: campaign.startDate,
            endDate: campaign.endDate,
            ...pick(campaign, columns.campaign.tail),
          })),
        );
        await insertBatched(
          tx,
          "ContentSample",
          document.samples.map((sample, index) => ({
            id: mapped(sample.ref)!,
            portfolioId,
            position: sampleCount + index,
            ...pick(sample, columns.sample.head),
            postedAt: sample.postedAt,
            url: sample.url,
            campaignId: mapped(sample.campaign),
            ...pick(sample, columns.sample.tail),
            importId: mapped(sample.import),
          })),
        );
        const sampleOfMedia = new Map<string, { sampleId: string; position: number }>();
        for (const sample of document.samples) sample.media.forEach((ref, position) => sampleOfMedia.set(ref, { sampleId: mapped(sample.ref)!, position }));
        await tx.media.createMany({
          data: mediaRows.map(({ item, id, displayKey, thumbKey }) => ({
            id,
            userId,
            kind: item.kind,
            mimeType: item.mimeType,
            displayKey,
            thumbKey,
            bytes: files.get(item.file)!.size,
            width: item.width,
            height: item.height,
            pageCount: item.pageCount,
            alt: item.alt,
            contentSampleId: sampleOfMedia.get(item.ref)?.sampleId ?? null,
            position: sampleOfMedia.get(item.ref)?.position ?? 0,
          })),
        });
        await insertBatched(
          tx,
          "Metric",
          document.campaigns.flatMap((campaign) =>
            campaign.metrics.map((metric, position) => ({
              id: mapped(metric.ref)!,
              campaignId: mapped(campaign.ref)!,
              position,
              ...figure(metric, (day) => day),
              evidenceId: mapped(metric.evidence),
              series: metric.series,
              importId: mapped(metric.import),
            })),
          ),
        );
        await tx.strategyDocument.createMany({
          data: document.documents.map((item, index) => ({
            id: mapped(item.ref)!,
            portfolioId,
            position: documentCount + index,
            ...pick(item, columns.document.head),
            pdfId: mapped(item.pdf),
            campaignId: mapped(item.campaign),
            ...pick(item, columns.document.client),
          })),
        });
        const calendarIds = document.calendars.map(() => randomUUID());
        await tx.calendar.createMany({
          data: document.calendars.map((calendar, index) => ({
            id: calendarIds[index]!,
            portfolioId,
            position: calendarCount + index,
            ...pick(calendar, columns.calendar),
            startMonth: fromIsoDate(calendar.startMonth),
            endMonth: fromIsoDate(calendar.endMonth),
          })),
        });
        await tx.calendarEntry.createMany({
          data: document.calendars.flatMap((calendar, index) =>
            calendar.entries.map((entry, position) => ({
              calendarId: calendarIds[index]!,
              date: fromIsoDate(entry.date),
              ...pick(entry, columns.entry),
              sampleId: mapped(entry.sample),
              position,
            })),
          ),
        });

        // A slug the account already uses (live or as an old one that redirects) gets a number.
        const taken = new Set([
          ...(await tx.caseStudy.findMany({ where, select: { slug: true } })).map((row) => row.slug),
          ...(await tx.caseStudySlug.findMany({ where, select: { slug: true } })).map((row) => row.slug),
        ]);
        const freeSlug = (slug: string) => {
          let candidate = slug;
          for (let n = 2; taken.has(candidate); n++) candidate = `${slug.slice(0, 110)}-${n}`;
          taken.add(candidate);
          return candidate;
        };
        await tx.caseStudy.createMany({
          data: document.caseStudies.map((study, index) => ({
            id: mapped(study.ref)!,
            portfolioId,
            position: studyCount + index,
            ...pick(study, columns.caseStudy.head),
            slug: freeSlug(study.slug),
            ...pick(study, columns.caseStudy.tail),
            periodStart: fromOptionalIsoDate(study.periodStart),
            periodEnd: fromOptionalIsoDate(study.periodEnd),
            ...pick(study, columns.caseStudy.story),
            coverId: mapped(study.cover),
          })),
        });
        await tx.keyResult.createMany({
          data: document.caseStudies.flatMap((study) =>
            study.keyResults.map((result, position) => ({
              id: mapped(result.ref)!,
              caseStudyId: mapped(study.ref)!,
              position,
              ...figure(result, fromOptionalIsoDate),
            })),
          ),
        });
        // The links go into the implicit join tables ("A" is the model first in the alphabet): one
        // INSERT per table, not a nested `connect` per case study (~5 statements each). Every id was made
        // above, in this transaction, for this portfolio, so no other owner's row can be linked.
        const links = (refsOf: (study: PortfolioExport["caseStudies"][number]) => string[]) =>
          document.caseStudies.flatMap((study) => refsOf(study).map((ref) => [mapped(study.ref)!, mapped(ref)!] as const));
        const campaignLinks = links((study) => study.campaigns);
        const sampleLinks = links((study) => study.samples);
        const documentLinks = links((study) => study.documents);
        const column = (pairs: (readonly [string, string])[], index: 0 | 1) => pairs.map((pair) => pair[index]);
        if (campaignLinks.length > 0)
          await tx.$executeRaw`INSERT INTO "_CampaignToCaseStudy" ("A", "B") SELECT * FROM unnest(${column(campaignLinks, 1)}::text[], ${column(campaignLinks, 0)}::text[])`;
        if (sampleLinks.length > 0)
          await tx.$executeRaw`INSERT INTO "_CaseStudyToContentSample" ("A", "B") SELECT * FROM unnest(${column(sampleLinks, 0)}::text[], ${column(sampleLinks, 1)}::text[])`;
        if (documentLinks.length > 0)
          await tx.$executeRaw`INSERT INTO "_CaseStudyToStrategyDocument" ("A", "B") SELECT * FROM unnest(${column(documentLinks, 0)}::text[], ${column(documentLinks, 1)}::text[])`;

        await tx.certification.createMany({
          data: document.certifications.map((item, index) => ({
            portfolioId,
            position: certCount + index,
            ...pick(item, columns.certification.head),
            ...certificationDates(item),
            ...pick(item, columns.certification.tail),
          })),
        });
        await tx.experience.createMany({
          data: document.experience.map((item, index) => ({
            portfolioId,
            position: experienceCount + index,
            ...pick(item, columns.experience.head),
            ...experienceDates(item),
            ...pick(item, columns.experience.tail),
          })),
        });
        // A skill the account already lists stays as it is.
        await tx.skill.createMany({
          data: document.skills.map((item, index) => ({
            portfolioId,
            position: skillCount + index,
            ...pick(item, columns.skill),
          })),
          skipDuplicates: true,
        });
        await tx.education.createMany({
          data: document.education.map((item, index) => ({
            portfolioId,
            position: educationCount + index,
            ...pick(item, columns.education),
          })),
        });

        if (options.replaceProfile) {
          const { profile } = document;
          await tx.portfolio.update({
            where: { id: portfolioId, userId },
            data: {
              ...pick(profile, columns.profile.contact),
              profileLinks: profile.profileLinks,
              ...pick(profile, columns.profile.focus),
              ...(takeAvatar ? { avatarId: mapped(avatarRef) } : {}),
              ...pick(profile, columns.profile.look),
              featuredMediaIds: profile.featuredMedia.map((ref) => mapped(ref)!),
              featuredResultIds: profile.featuredResults.map((ref) => mapped(ref)!),
            },
          });
        } else if (takeAvatar) {
          await tx.portfolio.update({ where: { id: portfolioId, userId }, data: { avatarId: mapped(avatarRef) } });
        }
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    await removeStoredFiles(keys);
    throw error;
  }
  revalidatePublicPage(userId);
  return { counts };
}
