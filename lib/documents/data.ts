import "server-only";
import { db } from "@/lib/db/client";
import { toClientView, toListItemView } from "@/lib/item-view";
import type { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors";
import { mediaViewSelect, toMediaView } from "@/lib/media/urls";
import type { DocumentListItem, DocumentView } from "./types";

const documentInclude = {
  pdf: { select: mediaViewSelect },
  campaign: { select: { id: true, title: true } },
} satisfies Prisma.StrategyDocumentInclude;

type DocumentRow = Prisma.StrategyDocumentGetPayload<{ include: typeof documentInclude }>;

function toView(row: DocumentRow): DocumentView {
  return {
    ...toListItemView(row),
    version: row.version,
    title: row.title,
    kind: row.kind,
    summary: row.summary,
    body: row.body,
    pdf: row.pdf ? toMediaView(row.pdf) : null,
    campaign: row.campaign,
    ...toClientView(row),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The owner's strategy documents in their chosen order. */
export async function listDocuments(userId: string): Promise<DocumentListItem[]> {
  const rows = await db().strategyDocument.findMany({
    where: { portfolio: { userId } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    include: documentInclude,
  });
  return rows.map((row) => {
    const { body, ...view } = toView(row);
    return { ...view, bodyLength: body.length };
  });
}

/** One of the owner's documents; NOT_FOUND when missing or someone else's. */
export async function getDocument(userId: string, id: string): Promise<DocumentView> {
  const row = await db().strategyDocument.findFirst({ where: { id, portfolio: { userId } }, include: documentInclude });
  if (!row) throw notFound();
  return toView(row);
}
