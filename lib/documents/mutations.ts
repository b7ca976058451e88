import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors";
import { ownPortfolioId } from "@/lib/portfolio/data";
import { removeStoredFiles, saveMediaAlts } from "@/lib/media/mutations";
import { revalidatePortfolio } from "@/lib/portfolio/mutations";
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
 * Creates or updates a strategy document. A campaign or PDF that is not the
 * owner's changes nothing; a PDF replaced or removed is deleted with its file
 * after the transaction commits.
 */
export async function saveDocument(userId: string, input: UpsertDocument): Promise<{ id: string }> {
  const portfolioId = await ownPortfolioId(userId);
  const { id, staleKeys } = await db().$transaction(async (tx) => {
    await checkLinks(tx, userId, input.id, input);
    await saveMediaAlts(tx, userId, input.mediaAlts, { ids: input.pdfId ? [input.pdfId] : [], field: "pdfId" });
    if (!input.id) {
      const last = await tx.strategyDocument.aggregate({ where: { portfolioId }, _max: { position: true } });
      const created = await tx.strategyDocument.create({
        data: { ...documentData(input), portfolioId, position: (last._max.position ?? -1) + 1 },
        select: { id: true },
      });
      return { id: created.id, staleKeys: [] };
    }
    const existing = await tx.strategyDocument.findFirst({ where: { id: input.id, portfolio: { userId } }, select: { id: true, pdf: true } });
    if (!existing) throw notFound();
    await tx.strategyDocument.update({ where: { id: existing.id }, data: documentData(input) });
    const old = existing.pdf && existing.pdf.id !== input.pdfId ? existing.pdf : null;
    if (old) await tx.media.deleteMany({ where: { id: old.id, userId } });
    return { id: existing.id, staleKeys: old ? [old.displayKey] : [] };
  });
  await removeStoredFiles(staleKeys);
  revalidatePortfolio(userId);
  return { id };
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
