import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors";
import { collectMediaForCascade, removeStoredFiles, type CascadeTarget } from "@/lib/media/mutations";
import { revalidatePublicPage } from "@/lib/portfolio/mutations";
import { LIMITS } from "@/lib/validation";

// Order, visibility, deletion and copying of every sortable list of portfolio
// items, owner-scoped: each room calls these instead of writing its own.

type Tx = Prisma.TransactionClient;

export const orderedModels = [
  "campaign",
  "contentSample",
  "strategyDocument",
  "calendar",
  "caseStudy",
  "certification",
  "experience",
  "skill",
  "education",
] as const;
export type OrderedModel = (typeof orderedModels)[number];
export type HideableModel = Exclude<OrderedModel, "skill">;

/** The delegates share the calls used here; one cast keeps the callers free of model switches. */
type OwnedDelegate = {
  count(args: { where: { id: { in: string[] }; portfolio: { userId: string } } }): Promise<number>;
  update(args: { where: { id: string }; data: { position: number } }): Promise<unknown>;
  updateMany(
    args:
      | { where: { id: string; portfolio: { userId: string } }; data: { hidden: boolean } }
      | { where: { portfolioId: string; position: { gt: number } }; data: { position: { increment: number } } },
  ): Promise<{ count: number }>;
  deleteMany(args: { where: { id: string; portfolio: { userId: string } } }): Promise<{ count: number }>;
  aggregate(args: { where: { portfolioId: string }; _max: { position: true } }): Promise<{ _max: { position: number | null } }>;
};

export function delegateFor(tx: Tx, model: OrderedModel): OwnedDelegate {
  return tx[model] as unknown as OwnedDelegate;
}

/** The position after the last item of `model` in a portfolio. */
export async function nextPosition(tx: Tx, model: OrderedModel, portfolioId: string): Promise<number> {
  const last = await delegateFor(tx, model).aggregate({ where: { portfolioId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

/**
 * Stores a new order: every id must be one of the owner's items of `model`
 * (else NOT_FOUND and nothing changes); position = index, in one transaction.
 */
export async function reorderOwned(userId: string, model: OrderedModel, ids: string[]): Promise<void> {
  await db().$transaction(async (tx) => {
    const delegate = delegateFor(tx, model);
    const owned = await delegate.count({ where: { id: { in: ids }, portfolio: { userId } } });
    if (owned !== ids.length || new Set(ids).size !== ids.length) throw notFound();
    for (const [position, id] of ids.entries()) await delegate.update({ where: { id }, data: { position } });
  });
  revalidatePublicPage(userId);
}

/** Shows or hides one of the owner's items on the public page. */
export async function setHiddenOwned(userId: string, model: HideableModel, id: string, hidden: boolean): Promise<void> {
  const { count } = await delegateFor(db() as unknown as Tx, model).updateMany({ where: { id, portfolio: { userId } }, data: { hidden } });
  if (count === 0) throw notFound();
  revalidatePublicPage(userId);
}

/**
 * Deletes one of the owner's items with the media rows that belong to it (one
 * transaction), then their stored files. NOT_FOUND when the item is not the owner's.
 */
export async function deleteOwned(userId: string, model: OrderedModel, id: string, media?: CascadeTarget): Promise<void> {
  const owned = media ? await collectMediaForCascade(userId, media) : { mediaIds: [], keys: [] };
  await db().$transaction(async (tx) => {
    const { count } = await delegateFor(tx, model).deleteMany({ where: { id, portfolio: { userId } } });
    if (count === 0) throw notFound();
    if (owned.mediaIds.length > 0) await tx.media.deleteMany({ where: { id: { in: owned.mediaIds }, userId } });
  });
  await removeStoredFiles(owned.keys);
  revalidatePublicPage(userId);
}

type Original = { portfolioId: string; position: number; title: string; hidden: boolean };

/**
 * Copies one of the owner's items right after the original, in one transaction:
 * `find` reads the original (owner in its where; null is NOT_FOUND), the items
 * after it move down one place, and `create` writes the copy: `copy` holds its
 * portfolio, visibility, place (right after the original) and title "<title> <copySuffix>", and starts it as a
 * save's create does (version 1, no saveId: the original's is unique per portfolio and belongs to its own save).
 */
export async function duplicateOwned<T extends Original>(
  userId: string,
  model: OrderedModel,
  copySuffix: string,
  find: (tx: Tx) => Promise<T | null>,
  create: (
    tx: Tx,
    original: T,
    copy: { portfolioId: string; hidden: boolean; position: number; title: string; version: number; lastSaveId: null },
  ) => Promise<{ id: string }>,
): Promise<{ id: string }> {
  const copy = await db().$transaction(async (tx) => {
    const original = await find(tx);
    if (!original) throw notFound();
    await delegateFor(tx, model).updateMany({
      where: { portfolioId: original.portfolioId, position: { gt: original.position } },
      data: { position: { increment: 1 } },
    });
    const title = `${original.title} ${copySuffix}`.slice(0, LIMITS.title);
    const fresh = { version: 1, lastSaveId: null };
    return create(tx, original, { portfolioId: original.portfolioId, hidden: original.hidden, position: original.position + 1, title, ...fresh });
  });
  revalidatePublicPage(userId);
  return copy;
}
