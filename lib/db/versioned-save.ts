import "server-only";
import { AppError, notFound } from "@/lib/errors";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { SavedItem } from "@/lib/versioned-saves";

/**
 * Bounds of a save's one transaction. Everything slow (session, validation,
 * ownership and other reads) runs before it and only the writes run inside,
 * so a healthy save holds it for milliseconds; the bound is there for a
 * server whose event loop is flooded (README "Soak"): waiting 5 s for a
 * connection and 10 s in all keeps it below Prisma's P2028 cut-offs seen under
 * 200 readers (5.05–7.47 s) and well under the soak's 60 s client timeout, so
 * a save either commits while its caller still waits or rolls back (and a
 * retry with the same saveId is answered once). It replaces the 10 s / 30 s
 * default of lib/db/connect.ts for saves only.
 */
export const SAVE_TRANSACTION = { maxWait: 5_000, timeout: 10_000 } as const;

/** Thrown inside a save's transaction when its versioned update matched no row: rolls the writes back. */
export class VersionConflict extends Error {
  constructor() {
    super("version conflict");
    this.name = "VersionConflict";
  }
}

/** The item changed since the form loaded it (another tab, or a later save). */
export function stale(): AppError {
  return new AppError("STALE");
}

/** Inside the transaction: the item's own versioned update must have matched exactly one row. */
export function assertClaimed(count: number): void {
  if (count !== 1) throw new VersionConflict();
}

type Stored = { id: string; version: number; lastSaveId: string | null } | null;

/**
 * Before any write, from the item as read: the retry of a save that already
 * committed is answered with the stored item; a form that loaded an older
 * version is refused as STALE. Returns null when the save should go ahead.
 */
export function settledBefore(stored: NonNullable<Stored>, input: { baseVersion?: number; saveId?: string }): SavedItem | null {
  if (input.saveId && stored.lastSaveId === input.saveId) return { id: stored.id, version: stored.version };
  if (input.baseVersion !== undefined && stored.version !== input.baseVersion) throw stale();
  return null;
}

/**
 * The reads before a save (#19) of a room that finds its row by the form's id or the press's saveId: `findBy` loads
 * it owner-scoped by `{ id }` (an edit) or `{ lastSaveId }` (a create whose earlier try may have committed); `find`
 * is the same read, for the save's `reread`. An edit of a missing row → NOT_FOUND; `settled` is the stored item when
 * this press already committed (answer it, write nothing), null when the save goes ahead (over a stale version: STALE).
 */
export async function readForSave<S extends NonNullable<Stored>>(
  input: { id?: string; baseVersion?: number; saveId?: string },
  findBy: (where: { id: string } | { lastSaveId: string }) => Promise<S | null>,
): Promise<{ stored: S | null; settled: SavedItem | null; find: () => Promise<S | null> }> {
  const find = () => (input.id ? findBy({ id: input.id }) : input.saveId ? findBy({ lastSaveId: input.saveId }) : Promise.resolve(null));
  const stored = await find();
  if (input.id && !stored) throw notFound();
  const settled = !stored ? null : input.id ? settledBefore(stored, input) : { id: stored.id, version: stored.version };
  return { stored, settled, find };
}

/**
 * After a save's transaction refused (VersionConflict) or a create hit its
 * (portfolio, saveId) unique index: `reread` loads the row again. The save with
 * this saveId committed (a retry racing its original) → answer ok with it;
 * the row is gone → NOT_FOUND; otherwise someone saved in between → STALE.
 */
export async function settleConflict(error: unknown, saveId: string | undefined, reread: () => Promise<Stored>): Promise<SavedItem> {
  if (!(error instanceof VersionConflict) && !isSaveIdClash(error)) throw error;
  const stored = await reread();
  if (stored && saveId && stored.lastSaveId === saveId) return { id: stored.id, version: stored.version };
  if (!stored) throw isSaveIdClash(error) ? error : notFound();
  throw stale();
}

function isSaveIdClash(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  return JSON.stringify(error.meta ?? {}).includes("lastSaveId");
}

/** What a versioned edit stamps on its row: the next version and the press that made it. */
export type VersionBump = { version: { increment: 1 }; lastSaveId: string | null };
/** What a versioned create stamps on its new row. */
export type FirstVersion = { version: 1; lastSaveId: string | null };

export type VersionedSaveResult<T> = { saved: SavedItem; committed: true; written: T } | { saved: SavedItem; committed: false };

/** One save of one item by the #19 protocol; each room gives its own writes. */
export type VersionedSaveSpec<T> = {
  /** The item as read before the transaction (owner-scoped, already past `settledBefore`); null for a create. */
  stored: { id: string; version: number } | null;
  input: { baseVersion?: number; saveId?: string };
  /**
   * Edits: the room's owner-scoped update of the item's own row, with `where`
   * spread into its where and `bump` into its data (the room may write its
   * fields in the same update); answers how many rows it changed. Runs first in
   * the transaction: it takes the row's lock, so a racing save waits, then
   * finds a newer version.
   */
  claim: (tx: Prisma.TransactionClient, where: { version: number }, bump: VersionBump) => Promise<number>;
  /** Creates: the room's create of the row with `first` in its data (unique per portfolio by `lastSaveId`). */
  create: (tx: Prisma.TransactionClient, first: FirstVersion) => Promise<{ id: string }>;
  /** The room's other writes, after the claim or the create, in the same transaction. */
  write?: (tx: Prisma.TransactionClient, id: string) => Promise<T>;
  /** Reads the item again after a conflict: by its id (edits) or by the saveId (creates). */
  reread: () => Promise<Stored>;
};

/**
 * The versioned save every editor room shares (#19): one write-only
 * transaction bounded by SAVE_TRANSACTION that claims the row where
 * `version = baseVersion` (or the version read) → version + 1 and `lastSaveId`
 * (or creates it at version 1), then runs the room's own writes. Nothing
 * claimed or a create's saveId already stored: rolled back, and
 * `settleConflict` answers the stored item when this saveId committed,
 * NOT_FOUND when the row is gone, STALE otherwise.
 * `committed` (with the room's `write` result as `written`) when this call
 * committed; false when an earlier commit of the same saveId answered
 * (nothing to clean up or expire).
 */
export async function versionedSave<T = void>(spec: VersionedSaveSpec<T>): Promise<VersionedSaveResult<T>> {
  const lastSaveId = spec.input.saveId ?? null;
  try {
    return await db().$transaction(async (tx) => {
      let saved: SavedItem;
      if (spec.stored) {
        const expected = spec.input.baseVersion ?? spec.stored.version;
        assertClaimed(await spec.claim(tx, { version: expected }, { version: { increment: 1 }, lastSaveId }));
        saved = { id: spec.stored.id, version: expected + 1 };
      } else {
        const created = await spec.create(tx, { version: 1, lastSaveId });
        saved = { id: created.id, version: 1 };
      }
      const written = spec.write ? await spec.write(tx, saved.id) : (undefined as T);
      return { saved, committed: true as const, written };
    }, SAVE_TRANSACTION);
  } catch (error) {
    return { saved: await settleConflict(error, spec.input.saveId, spec.reread), committed: false };
  }
}
