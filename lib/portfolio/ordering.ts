import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors";
import { revalidatePortfolio } from "@/lib/portfolio/mutations";

// Order and visibility writes of every sortable list of portfolio items, owner-scoped.

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
  updateMany(args: { where: { id: string; portfolio: { userId: string } }; data: { hidden: boolean } }): Promise<{ count: number }>;
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
  revalidatePortfolio(userId);
}

/** Shows or hides one of the owner's items on the public page. */
export async function setHiddenOwned(userId: string, model: HideableModel, id: string, hidden: boolean): Promise<void> {
  const { count } = await delegateFor(db() as unknown as Tx, model).updateMany({ where: { id, portfolio: { userId } }, data: { hidden } });
  if (count === 0) throw notFound();
  revalidatePortfolio(userId);
}
