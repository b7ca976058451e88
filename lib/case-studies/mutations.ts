import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors";
import { checkMediaAlts, mediaFileKeys, writeMediaAlts } from "@/lib/media/mutations";
import { afterItemSave } from "@/lib/portfolio/mutations";
import type { SavedItem } from "@/lib/versioned-saves";
import { readForSave, versionedSave, type VersionedSaveResult } from "@/lib/db/versioned-save";
import { fromOptionalIsoDate } from "@/lib/dates";
import { copyFigure, figureData } from "@/lib/metrics/rows";
import { ownPortfolioId } from "@/lib/portfolio/data";
import { deleteOwned, duplicateOwned, nextPosition, reorderOwned, setHiddenOwned } from "@/lib/portfolio/ordering";
import type { SetHidden } from "@/lib/validation";
import type { UpsertCaseStudy } from "./schema";
import { nameMatcher, slugRevealsName, type NameMatcher } from "@/lib/confidential/names";
import { ownConfidentialNames } from "@/lib/confidential/data";
import { anonymousSlug, nextFreeSlug, SLUG_MAX_LENGTH, truncateSlug } from "./slug";

type Tx = Prisma.TransactionClient;

function caseStudyData(input: UpsertCaseStudy) {
  return {
    title: input.title,
    slug: input.slug,
    client: input.client,
    confidential: input.confidential,
    anonymizedLabel: input.anonymizedLabel,
    workKind: input.workKind,
    currency: input.currency,
    role: input.role,
    periodStart: fromOptionalIsoDate(input.periodStart),
    periodEnd: fromOptionalIsoDate(input.periodEnd),
    challenge: input.challenge,
    strategy: input.strategy,
    execution: input.execution,
    results: input.results,
    lessons: input.lessons,
    coverId: input.coverId,
  } satisfies Prisma.CaseStudyUncheckedUpdateInput;
}

/** Every linked campaign, sample and document must be the owner's; otherwise NOT_FOUND. */
async function checkLinks(tx: Tx, userId: string, input: UpsertCaseStudy): Promise<void> {
  const owned = { portfolio: { userId } };
  const [campaigns, samples, documents] = await Promise.all([
    input.campaignIds.length ? tx.campaign.count({ where: { id: { in: input.campaignIds }, ...owned } }) : 0,
    input.sampleIds.length ? tx.contentSample.count({ where: { id: { in: input.sampleIds }, ...owned } }) : 0,
    input.documentIds.length ? tx.strategyDocument.count({ where: { id: { in: input.documentIds }, ...owned } }) : 0,
  ]);
  if (campaigns !== input.campaignIds.length || samples !== input.sampleIds.length || documents !== input.documentIds.length) {
    throw notFound();
  }
}

/** The cover must be the owner's image, not used elsewhere (or already this case study's cover). */
async function checkCover(tx: Tx, userId: string, coverId: string | null, caseStudyId: string | undefined): Promise<void> {
  if (!coverId) return;
  const usable = await tx.media.findFirst({
    where: {
      id: coverId,
      userId,
      kind: "IMAGE",
      contentSampleId: null,
      avatarOf: { is: null },
      evidenceOf: { is: null },
      documentOf: { is: null },
      OR: [{ coverOf: { is: null } }, ...(caseStudyId ? [{ coverOf: { is: { id: caseStudyId } } }] : [])],
    },
    select: { id: true },
  });
  if (!usable) throw new AppError("VALIDATION", { fieldErrors: { coverId: ["coverNotFound"] } });
}

/** The first free variant of `slug` in a portfolio, ignoring `exceptId`. */
async function freeSlug(tx: Tx, portfolioId: string, slug: string, exceptId?: string): Promise<string> {
  const base = slug.replace(/-\d{1,2}$/, "");
  const rows = await tx.caseStudy.findMany({
    where: { portfolioId, slug: { startsWith: base }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { slug: true },
  });
  return nextFreeSlug(
    slug,
    rows.map((row) => row.slug),
  );
}

/** VALIDATION on `slug` ("slugTaken"), with the first free variant under `slugSuggestion`. */
async function checkSlug(tx: Tx, portfolioId: string, slug: string, exceptId?: string): Promise<void> {
  const suggestion = await freeSlug(tx, portfolioId, slug, exceptId);
  if (suggestion !== slug) {
    throw new AppError("VALIDATION", { fieldErrors: { slug: ["slugTaken"], slugSuggestion: [suggestion] } });
  }
}

/**
 * The confidential names a case study's slug must not give away: every
 * confidential client of the portfolio (hidden items too), with this case
 * study's own client as the form now says.
 */
async function slugMatcher(tx: Tx, userId: string, input: UpsertCaseStudy): Promise<NameMatcher> {
  const stored = await ownConfidentialNames(userId, { exceptCaseStudyId: input.id, client: tx });
  const own = input.confidential && input.client.trim() ? [{ name: input.client.trim(), label: input.anonymizedLabel.trim() }] : [];
  return nameMatcher([...stored, ...own]);
}

/**
 * VALIDATION on `slug` ("slugConfidential") when it names a confidential
 * client (whole, in parts, or without its hyphens), with a safe slug made from
 * the anonymized title under `slugSuggestion`.
 */
async function checkSlugConfidential(tx: Tx, userId: string, portfolioId: string, input: UpsertCaseStudy): Promise<void> {
  const matcher = await slugMatcher(tx, userId, input);
  if (!slugRevealsName(input.slug, matcher)) return;
  const suggestion = await freeSlug(tx, portfolioId, anonymousSlug(input.title, matcher), input.id);
  throw new AppError("VALIDATION", { fieldErrors: { slug: ["slugConfidential"], slugSuggestion: [suggestion] } });
}

/** Keeps a renamed case study's old slug so its old URL redirects; a slug in use again by a live case study is no longer an old one. */
async function recordSlugChange(tx: Tx, portfolioId: string, caseStudyId: string, previous: string | null, current: string): Promise<void> {
  await tx.caseStudySlug.deleteMany({ where: { portfolioId, slug: current } });
  if (previous === null || previous === current) return;
  await tx.caseStudySlug.upsert({
    where: { portfolioId_slug: { portfolioId, slug: previous } },
    create: { portfolioId, caseStudyId, slug: previous },
    update: { caseStudyId },
  });
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Creates or updates a case study (#19: checks first, then one write-only
 * transaction): fields, key results (kept ones updated by id, new ones
 * created, missing ones deleted), links to campaigns, samples and documents
 * (all must be the owner's: else NOT_FOUND, nothing saved) and the cover. A
 * retry of a committed save (same saveId) answers with the stored item, a
 * save over a newer version is STALE. A replaced cover is deleted with its files.
 */
export async function saveCaseStudy(userId: string, input: UpsertCaseStudy): Promise<SavedItem & { slug: string }> {
  const portfolioId = await ownPortfolioId(userId);
  const client = db() as unknown as Tx;
  const { stored, settled, find } = await readForSave(input, (where) =>
    db().caseStudy.findFirst({
      where: { ...where, portfolioId },
      select: { id: true, version: true, lastSaveId: true, slug: true, coverId: true, keyResults: { select: { id: true } } },
    }),
  );
  if (settled) return { ...settled, slug: stored!.slug };
  const existing = input.id ? stored : null;
  await checkLinks(client, userId, input);
  await checkCover(client, userId, input.coverId, input.id);
  const alts = await checkMediaAlts(client, userId, input.mediaAlts, { ids: input.coverId ? [input.coverId] : [], field: "coverId" });
  await checkSlugConfidential(client, userId, portfolioId, input);
  await checkSlug(client, portfolioId, input.slug, existing?.id);
  const previousKeyResults = existing?.keyResults.map((row) => row.id) ?? [];
  const previous = new Set(previousKeyResults);
  if (input.keyResults.some((row) => row.id && !previous.has(row.id))) throw notFound();
  const previousCover = existing?.coverId ?? null;
  const stale =
    previousCover && previousCover !== input.coverId
      ? await db().media.findMany({ where: { id: previousCover, userId }, select: { id: true, displayKey: true, thumbKey: true } })
      : [];
  const position = existing ? 0 : await nextPosition(client, "caseStudy", portfolioId);

  let result: VersionedSaveResult<void>;
  try {
    result = await versionedSave({
      stored: existing,
      input,
      claim: async (tx, where, bump) => (await tx.caseStudy.updateMany({ where: { id: existing?.id, portfolioId, ...where }, data: bump })).count,
      create: async (tx, first) => {
        await recordSlugChange(tx, portfolioId, "", null, input.slug);
        return tx.caseStudy.create({
          data: {
            ...caseStudyData(input),
            portfolioId,
            position,
            ...first,
            campaigns: { connect: input.campaignIds.map((id) => ({ id })) },
            samples: { connect: input.sampleIds.map((id) => ({ id })) },
            documents: { connect: input.documentIds.map((id) => ({ id })) },
          },
          select: { id: true },
        });
      },
      write: async (tx, caseStudyId) => {
        await writeMediaAlts(tx, userId, alts);
        if (existing) {
          await recordSlugChange(tx, portfolioId, existing.id, existing.slug, input.slug);
          await tx.caseStudy.update({
            where: { id: caseStudyId },
            data: {
              ...caseStudyData(input),
              campaigns: { set: input.campaignIds.map((id) => ({ id })) },
              samples: { set: input.sampleIds.map((id) => ({ id })) },
              documents: { set: input.documentIds.map((id) => ({ id })) },
            },
          });
        }
        const kept = new Set(input.keyResults.flatMap((row) => (row.id ? [row.id] : [])));
        await tx.keyResult.deleteMany({ where: { caseStudyId, id: { in: previousKeyResults.filter((id) => !kept.has(id)) } } });
        for (const [index, row] of input.keyResults.entries()) {
          const data = figureData(row, index);
          if (row.id) await tx.keyResult.update({ where: { id: row.id, caseStudyId }, data });
          else await tx.keyResult.create({ data: { ...data, caseStudyId } });
        }
        if (stale.length) await tx.media.deleteMany({ where: { id: previousCover ?? "", userId } });
      },
      reread: find,
    });
  } catch (error) {
    // Two saves racing for one slug: the database's unique index decides; answer like the check does.
    if (isUniqueViolation(error) && !JSON.stringify((error as { meta?: unknown }).meta ?? {}).includes("lastSaveId")) {
      const suggestion = await freeSlug(client, portfolioId, input.slug, input.id);
      throw new AppError("VALIDATION", { fieldErrors: { slug: ["slugTaken"], slugSuggestion: [suggestion] } });
    }
    throw error;
  }
  return { ...(await afterItemSave(userId, result, () => mediaFileKeys(stale))), slug: input.slug };
}

/** Deletes a case study, its key results and its cover (row and files); linked items stay. */
export async function deleteCaseStudy(userId: string, id: string): Promise<void> {
  await deleteOwned(userId, "caseStudy", id, { caseStudyId: id });
}

/**
 * Copies a case study (text, key results, links; not the cover, which belongs
 * to one case study) right after the original, with a free "<slug>-copy" slug.
 */
export async function duplicateCaseStudy(userId: string, id: string, copySuffix: string): Promise<{ id: string }> {
  return duplicateOwned(
    userId,
    "caseStudy",
    copySuffix,
    (tx) =>
      tx.caseStudy.findFirst({
        where: { id, portfolio: { userId } },
        include: {
          keyResults: { orderBy: { position: "asc" } },
          campaigns: { select: { id: true } },
          samples: { select: { id: true } },
          documents: { select: { id: true } },
        },
      }),
    async (tx, original, copy) => {
      const slug = await freeSlug(tx, original.portfolioId, `${truncateSlug(original.slug, SLUG_MAX_LENGTH - 5)}-copy`);
      await recordSlugChange(tx, original.portfolioId, "", null, slug);
      return tx.caseStudy.create({
        data: {
          ...copy,
          client: original.client,
          confidential: original.confidential,
          anonymizedLabel: original.anonymizedLabel,
          workKind: original.workKind,
          currency: original.currency,
          role: original.role,
          periodStart: original.periodStart,
          periodEnd: original.periodEnd,
          challenge: original.challenge,
          strategy: original.strategy,
          execution: original.execution,
          results: original.results,
          lessons: original.lessons,
          slug,
          keyResults: {
            create: original.keyResults.map(copyFigure),
          },
          campaigns: { connect: original.campaigns },
          samples: { connect: original.samples },
          documents: { connect: original.documents },
        },
        select: { id: true },
      });
    },
  );
}

export async function reorderCaseStudies(userId: string, ids: string[]): Promise<void> {
  await reorderOwned(userId, "caseStudy", ids);
}

/** Shows or hides a case study on the public page. */
export async function setCaseStudyHidden(userId: string, { id, hidden }: SetHidden): Promise<void> {
  await setHiddenOwned(userId, "caseStudy", id, hidden);
}
