import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { handleSchema } from "./handle";
import { sessionHardExpiry } from "./session-policy";

export type HandleAvailability = {
  handle: string;
  available: boolean;
  /** Why not: a key of `auth.validation` (handleTooShort, handleReserved, handleTaken, …). */
  reason: string | null;
};

/** Whether a handle could be taken now (valid, not reserved, not in use, not held) by `forUserId` or a newcomer. */
export async function checkHandle(input: string, forUserId?: string, now: Date = new Date()): Promise<HandleAvailability> {
  const parsed = handleSchema.safeParse(input);
  if (!parsed.success) {
    return { handle: input.trim().toLowerCase(), available: false, reason: parsed.error.issues[0]?.message ?? "handleFormat" };
  }
  const [taken, held] = await Promise.all([
    db().user.findFirst({ where: { handle: parsed.data, ...(forUserId ? { id: { not: forUserId } } : {}) }, select: { id: true } }),
    findHandleHold(parsed.data, forUserId, now),
  ]);
  const reason = taken ? "handleTaken" : held ? "handleHeld" : null;
  return { handle: parsed.data, available: !reason, reason };
}

/**
 * A live hold on `handle` that keeps `forUserId` (or a newcomer) from taking it:
 * a handle released by a deleted account or a handle change stays unusable for
 * HANDLE_HOLD_DAYS, except to the account that changed away from it.
 */
export async function findHandleHold(handle: string, forUserId: string | undefined, now: Date = new Date()) {
  return db().heldHandle.findFirst({
    where: {
      handle,
      heldUntil: { gt: now },
      ...(forUserId ? { OR: [{ ownerId: null }, { ownerId: { not: forUserId } }] } : {}),
    },
    select: { heldUntil: true },
  });
}

/** The claims of a session JWT that the database checks. */
export type SessionClaims = { id?: string; sv?: number; sid?: string; auth?: number };

/**
 * The user a session token belongs to, or null when: the token lacks a session
 * id or sign-in time (issued before sessions could be signed out), the sign-in
 * was more than 30 days ago, the user is gone, the session version is stale
 * (password change, "sign out everywhere") or the session was signed out (its
 * `sid` revoked). One query.
 */
export async function findSessionUser(claims: SessionClaims, now: Date = new Date()) {
  if (!claims.id || !claims.sid || typeof claims.auth !== "number") return null;
  if (sessionHardExpiry(claims.auth) <= now.getTime()) return null;
  return db().user.findFirst({
    where: {
      id: claims.id,
      sessionVersion: claims.sv ?? 0,
      revokedSessions: { none: { id: claims.sid } },
    },
    select: { id: true, name: true, email: true, handle: true },
  });
}

export type AccountSettings = { name: string; email: string; handle: string; hasPassword: boolean; providers: string[] };

/** What the settings page shows about the signed-in user's account. */
export async function getAccountSettings(userId: string): Promise<AccountSettings> {
  const user = await db().user.findFirst({
    where: { id: userId },
    select: { name: true, email: true, handle: true, passwordHash: true, accounts: { select: { provider: true } } },
  });
  if (!user) throw notFound();
  return {
    name: user.name,
    email: user.email,
    handle: user.handle,
    hasPassword: Boolean(user.passwordHash),
    providers: user.accounts.map((account) => account.provider),
  };
}
