import "server-only";
import { AppError, notFound } from "@/lib/errors";
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
