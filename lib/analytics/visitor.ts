import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";

/** Salts older than this many days are deleted, so old visitor hashes can't be recomputed from an IP. */
export const SALT_RETENTION_DAYS = 2;

/** Midnight UTC of `now`'s day (DailySalt.day is a date). */
export function utcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** sha256(salt + IP + user agent), hex. Pure; the salt makes it unlinkable across days. */
export function hashVisitor(salt: string, ip: string, userAgent: string): string {
  return createHash("sha256").update(salt).update("\u0000").update(ip).update("\u0000").update(userAgent).digest("hex");
}

/**
 * Today's salt, created on first use (concurrent first requests agree: the
 * insert skips duplicates and everyone reads the one row). Creating a new day's
 * salt also deletes expired ones.
 */
export async function dailySalt(now: Date = new Date()): Promise<string> {
  const day = utcDay(now);
  const existing = await db().dailySalt.findUnique({ where: { day } });
  if (existing) return existing.salt;
  await db().dailySalt.createMany({ data: [{ day, salt: randomBytes(32).toString("base64url") }], skipDuplicates: true });
  const cutoff = new Date(day.getTime() - SALT_RETENTION_DAYS * 24 * 60 * 60_000);
  await db().dailySalt.deleteMany({ where: { day: { lt: cutoff } } });
  const row = await db().dailySalt.findUniqueOrThrow({ where: { day } });
  return row.salt;
}

/** The visitor id stored with a view; no raw IP or user agent is kept. */
export async function visitorHash(ip: string, userAgent: string, now: Date = new Date()): Promise<string> {
  return hashVisitor(await dailySalt(now), ip, userAgent);
}
