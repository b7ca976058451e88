import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors";
import { ownPortfolioId } from "@/lib/portfolio/data";
import { checkMediaAlts, writeMediaAlts } from "@/lib/media/mutations";
import { afterItemSave } from "@/lib/portfolio/mutations";
import type { SavedItem } from "@/lib/versioned-saves";
import { readForSave, versionedSave } from "@/lib/db/versioned-save";
import type { UpsertDocument } from "./schema";
import { deleteOwned, duplicateOwned, reorderOwned, setHiddenOwned } from "@/lib/portfolio/ordering";
import type { SetHidden } from "@/lib/validation";

type Tx = Prisma.TransactionClient;

function documentData(input: UpsertDocument) {
  return {
    title: input.title,
    kind: input.kind,
    summary: input.summary,
    body: input.body,
    pdfId: input.pdfId,
    campaignId: input.campaignId,
    client: input.client,
    confidential: input.confidential,
    anonymizedLabel: input.anonymizedLabel,
  } satisfies Prisma.StrategyDocumentUncheckedUpdateInput;
}

/** The campaign must be the owner's (NOT_FOUND otherwise); the PDF the owner's, a PDF, and free or already this document's. */
async function checkLinks(tx: Tx, userId: string, documentId: string | undefined, input: UpsertDocument): Promise<void> {
  if (input.campaignId) {
    const campaign = await tx.campaign.findFirst({ where: { id: input.campaignId, portfolio: { userId } }, select: { id: true } });
    if (!campaign) throw notFound();
  }
  if (input.pdfId) {
    const pdf = await tx.media.findFirst({
      where: {
        id: input.pdfId,
        userId,
        kind: "PDF",
        contentSampleId: null,
        avatarOf: { is: null },
        evidenceOf: { is: null },
        coverOf: { is: null },
        OR: [{ documentOf: { is: null } }, ...(documentId ? [{ documentOf: { is: { id: documentId } } }] : [])],
      },
      select: { id: true },
    });
    if (!pdf) throw new AppError("VALIDATION", { fieldErrors: { pdfId: ["pdfNotFound"] } });
  }
}

/**
 * Creates or updates a strategy document (#19: checks first, then one
 * write-only transaction). A campaign or PDF that is not the owner's changes
 * nothing; a retry of a committed save (same saveId) answers with the stored
 * item, a save over a newer version is STALE; a PDF replaced or removed is
 * deleted with its file after the transaction commits.
 */
export async function saveDocument(userId: string, input: UpsertDocument): Promise<SavedItem> {
  const portfolioId = await ownPortfolioId(userId);
  const { stored, settled, find } = await readForSave(input, (where) =>
    db().strategyDocument.findFirst({
      where: { ...where, portfolioId },
      select: { id: true, version: true, lastSaveId: true, pdf: { select: { id: true, displayKey: true } } },
    }),
  );
  if (settled) return settled;
  const existing = input.id ? stored : null;
  await checkLinks(db(), userId, input.id, input);
  const alts = await checkMediaAlts(db(), userId, input.mediaAlts, { ids: input.pdfId ? [input.pdfId] : [], field: "pdfId" });
  const nextPosition = existing ? 0 : ((await db().strategyDocument.aggregate({ where: { portfolioId }, _max: { position: true } }))._max.position ?? -1) + 1;
  const old = existing?.pdf && existing.pdf.id !== input.pdfId ? existing.pdf : null;

  const result = await versionedSave({
    stored: existing,
    input,
    claim: async (tx, where, bump) =>
      (await tx.strategyDocument.updateMany({ where: { id: existing?.id, portfolioId, ...where }, data: { ...documentData(input), ...bump } })).count,
    create: (tx, first) =>
      tx.strategyDocument.create({ data: { ...documentData(input), portfolioId, position: nextPosition, ...first }, select: { id: true } }),
    write: async (tx) => {
      await writeMediaAlts(tx, userId, alts);
      if (old) await tx.media.deleteMany({ where: { id: old.id, userId } });
    },
    reread: find,
  });
  return afterItemSave(userId, result, () => (old ? [old.displayKey] : []));
}

/** Deletes a document and its PDF (row and file). */
export async function deleteDocument(userId: string, id: string): Promise<void> {
  await deleteOwned(userId, "strategyDocument", id, { strategyDocumentId: id });
}

/** Copies a document's text right after the original; the PDF belongs to one document, so it is not copied. */
export async function duplicateDocument(userId: string, id: string, copySuffix: string): Promise<{ id: string }> {
  return duplicateOwned(
    userId,
    "strategyDocument",
    copySuffix,
    (tx) => tx.strategyDocument.findFirst({ where: { id, portfolio: { userId } } }),
    (tx, original, copy) => {
      const { kind, summary, body, campaignId, client, confidential, anonymizedLabel } = original;
      return tx.strategyDocument.create({
        data: { ...{ kind, summary, body, campaignId, client, confidential, anonymizedLabel }, ...copy },
        select: { id: true },
      });
    },
  );
}

export async function reorderDocuments(userId: string, ids: string[]): Promise<void> {
  await reorderOwned(userId, "strategyDocument", ids);
}

/** Shows or hides a document on the public page. */
export async function setDocumentHidden(userId: string, { id, hidden }: SetHidden): Promise<void> {
  await setHiddenOwned(userId, "strategyDocument", id, hidden);
}
