import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound, type FieldErrors } from "@/lib/errors";
import { deleteUserFiles } from "@/lib/media/mutations";
import { revalidatePublicPage } from "@/lib/portfolio/mutations";
import { revalidateHandle } from "@/lib/public/tags";
import { cleanLine, LIMITS } from "@/lib/validation";
import { authAttemptsRule, enforceRateLimits, hitRateLimit, peekRateLimit, refundRateLimit } from "@/lib/rate-limit";
import { findHandleHold } from "./data";
import { handleCandidate, suggestHandle } from "./handle";
import { SESSION_ABSOLUTE_MAX_AGE, sessionHardExpiry } from "./session-policy";
import { hashPassword, verifyPassword } from "./password";
import {
  normalizeEmail,
  type ChangeEmailInput,
  type ChangeHandleInput,
  type ChangePasswordInput,
  type DeleteAccountInput,
  type SignUpInput,
  type UpdateNameInput,
} from "./schema";

// A valid argon2id hash of a random string: verifying against it when the email
// is unknown makes "no such user" take as long as "wrong password".
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0W0I1PV2Q2mhb3M0n6m2J2yqk4s1Xn0Xv2a3qJ6d2rM";

export type AuthenticatedUser = { id: string; name: string; email: string; sessionVersion: number };

/** Who is asking, for rate limits; `now` is injectable for tests. */
export type RequestContext = { ip: string; now?: Date };

/**
 * Checks an email and password; null for any mismatch (one answer for both).
 * Over a limit it throws RATE_LIMITED with the wait in seconds.
 * - Per IP: every try counts and a success is refunded, so one address gets
 *   10 failures per 15 minutes, across all emails.
 * - Per email: only failures count, and the lock (10 failures per 15 minutes,
 *   from any addresses) is checked before the password, except for a browser
 *   that already signed in to this account (`knownDeviceUserId`, from the
 *   device cookie): strangers can slow down guessing on an account but cannot
 *   lock its owner out of the browsers the owner uses.
 */
export async function authenticate(
  input: { email: string; password: string; knownDeviceUserId?: string | null } & RequestContext,
): Promise<AuthenticatedUser | null> {
  const email = normalizeEmail(input.email);
  const ipKey = `signin:ip:${input.ip}`;
  const emailKey = `signin:email:${email}`;
  await enforceRateLimits([ipKey], authAttemptsRule, input.now);
  const user = await db().user.findUnique({ where: { email } });
  if (!user || input.knownDeviceUserId !== user.id) {
    const emailLock = await peekRateLimit(emailKey, authAttemptsRule, input.now);
    if (!emailLock.allowed) throw new AppError("RATE_LIMITED", { retryAfterSeconds: emailLock.retryAfterSeconds });
  }
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
  if (!user || !user.passwordHash || !ok) {
    await hitRateLimit(emailKey, authAttemptsRule, input.now);
    return null;
  }
  await refundRateLimit(ipKey);
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

/** Creates an account; every conflict (email, handle) comes back as a field error at once. */
export async function signUp(input: SignUpInput, context: RequestContext): Promise<{ id: string; email: string }> {
  await enforceRateLimits([`signup:ip:${context.ip}`, `signup:email:${input.email}`], authAttemptsRule, context.now);
  await assertFree({ email: input.email, handle: input.handle }, undefined, context.now);
  const passwordHash = await hashPassword(input.password);
  try {
    // The portfolio row comes with the account (one statement, one transaction): everything else assumes it exists.
    const user = await db().user.create({
      data: { name: input.name, email: input.email, handle: input.handle, passwordHash, portfolio: { create: { displayName: input.name } } },
      select: { id: true, email: true },
    });
    // The public page caches "no such handle" too.
    revalidateHandle(input.handle);
    return user;
  } catch (error) {
    throw uniqueViolation(error) ?? error;
  }
}

export async function updateName(userId: string, input: UpdateNameInput): Promise<{ name: string }> {
  const { count } = await db().user.updateMany({ where: { id: userId }, data: { name: input.name } });
  if (count === 0) throw notFound();
  // No layout re-render in the answer (#19): the settings form refreshes the page (useSave's refresh), which
  // shows the new name in the dashboard's header.
  return { name: input.name };
}

/** A new email needs the current password when the account has one (OAuth-only accounts have none). */
export async function changeEmail(userId: string, input: ChangeEmailInput): Promise<{ email: string }> {
  const user = await ownUser(userId);
  if (input.email === user.email) return { email: user.email };
  await checkCurrentPassword(user, input.currentPassword);
  await assertFree({ email: input.email }, userId);
  try {
    await db().user.update({ where: { id: userId }, data: { email: input.email, emailVerified: null } });
  } catch (error) {
    throw uniqueViolation(error) ?? error;
  }
  return { email: input.email };
}

/**
 * A new public URL; the old handle stops resolving at once and is held for
 * HANDLE_HOLD_DAYS, so links to it never reach someone else; this account may
 * take it back meanwhile.
 */
export async function changeHandle(userId: string, input: ChangeHandleInput, now: Date = new Date()): Promise<{ handle: string }> {
  const user = await ownUser(userId);
  if (input.handle === user.handle) return { handle: user.handle };
  await assertFree({ handle: input.handle }, userId, now);
  try {
    await db().$transaction([
      db().user.update({ where: { id: userId }, data: { handle: input.handle } }),
      holdHandle(user.handle, userId, now),
      // Taking back one's own held handle ends its hold.
      db().heldHandle.deleteMany({ where: { handle: input.handle } }),
    ]);
  } catch (error) {
    throw uniqueViolation(error) ?? error;
  }
  revalidateHandle(user.handle);
  revalidateHandle(input.handle);
  // Last: it also keeps the expired tags above from re-rendering the settings page into the answer (#19).
  revalidatePublicPage(userId);
  return { handle: input.handle };
}

/** Days a released handle stays unusable by anyone else (old links, printed PDFs, QR codes). */
export const HANDLE_HOLD_DAYS = 30;

/** Holds `handle` for HANDLE_HOLD_DAYS from `now`: for `ownerId` to take back, or for no one (a deleted account). */
function holdHandle(handle: string, ownerId: string | null, now: Date) {
  const heldUntil = new Date(now.getTime() + HANDLE_HOLD_DAYS * 24 * 60 * 60_000);
  return db().heldHandle.upsert({
    where: { handle },
    create: { handle, ownerId, heldUntil },
    update: { ownerId, heldUntil, createdAt: now },
  });
}

/**
 * Sets a new password and bumps sessionVersion, which ends every session
 * (getSessionUser compares it); the caller re-issues its own session.
 */
export async function changePassword(userId: string, input: ChangePasswordInput, now?: Date): Promise<{ sessionVersion: number }> {
  const user = await ownUser(userId);
  // A stolen session must not be a free password-guessing oracle.
  const limit = await hitRateLimit(`password:user:${userId}`, authAttemptsRule, now);
  if (!limit.allowed) throw new AppError("RATE_LIMITED", { retryAfterSeconds: limit.retryAfterSeconds });
  await checkCurrentPassword(user, input.currentPassword);
  const updated = await db().user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return updated;
}

/**
 * Ends one session server-side (sign-out): its id is refused from now on, so a
 * copy of the cookie stops working too, until the session could not be valid
 * anyway (30 days after its sign-in). Also drops revocations past that point.
 */
export async function endSession(claims: { uid?: unknown; sid?: unknown; auth?: unknown }, now: Date = new Date()): Promise<void> {
  if (typeof claims.uid !== "string" || typeof claims.sid !== "string") return;
  const expiresAt = new Date(typeof claims.auth === "number" ? sessionHardExpiry(claims.auth) : now.getTime() + SESSION_ABSOLUTE_MAX_AGE * 1000);
  // INSERT … SELECT: nothing happens for an account deleted meanwhile.
  await db().$executeRaw`
    INSERT INTO "RevokedSession" ("id", "userId", "expiresAt")
    SELECT ${claims.sid}, "id", ${expiresAt} FROM "User" WHERE "id" = ${claims.uid}
    ON CONFLICT ("id") DO NOTHING`;
  await db().revokedSession.deleteMany({ where: { expiresAt: { lt: now } } });
}

/** "Sign out everywhere": bumps the session version, which every session's token must match. */
export async function signOutEverywhere(userId: string): Promise<void> {
  const { count } = await db().user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  if (count === 0) throw notFound();
  // Those sessions are all stale now; their individual revocations are no longer needed.
  await db().revokedSession.deleteMany({ where: { userId } });
}

/**
 * Deletes the account after the handle is typed to confirm: every row (by
 * cascade) and every stored file; the handle is held for HANDLE_HOLD_DAYS.
 */
export async function deleteAccount(userId: string, input: DeleteAccountInput, now: Date = new Date()): Promise<void> {
  const user = await ownUser(userId);
  if (input.confirmHandle !== user.handle) {
    throw new AppError("VALIDATION", { fieldErrors: { confirmHandle: ["confirmHandleMismatch"] } });
  }
  // The handle is held for no one: old links and printed PDFs must not lead to a stranger.
  await db().$transaction([
    db().user.delete({ where: { id: userId } }),
    holdHandle(user.handle, null, now),
    db().heldHandle.deleteMany({ where: { heldUntil: { lt: now } } }),
  ]);
  try {
    await deleteUserFiles(userId);
  } catch (error) {
    // The rows are gone; leftover files are unreachable and only cost storage.
    console.error(`Account ${userId} deleted but its files could not all be removed`, error);
  }
  revalidateHandle(user.handle);
  revalidatePublicPage(userId); // last, as in changeHandle
}

export type OAuthIdentity = {
  provider: string;
  providerAccountId: string;
  type: string;
  email: string | null;
  /** Only a verified email may be linked to an existing account (else anyone could claim it). */
  emailVerified: boolean;
  name: string | null;
  image: string | null;
};

/**
 * The user an OAuth sign-in belongs to: the linked account's user, else the
 * user with the same verified email (linked now), else a new user with a
 * handle suggested from the name. Null when the email belongs to an account
 * that cannot be linked safely.
 */
export async function findOrCreateOAuthUser(identity: OAuthIdentity): Promise<{ id: string; sessionVersion: number } | null> {
  const linked = await db().account.findUnique({
    where: { provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId } },
    select: { user: { select: { id: true, sessionVersion: true } } },
  });
  if (linked) return linked.user;
  if (!identity.email) return null;
  const email = normalizeEmail(identity.email);
  const account = { type: identity.type, provider: identity.provider, providerAccountId: identity.providerAccountId };
  const existing = await db().user.findUnique({ where: { email }, select: { id: true, sessionVersion: true } });
  if (existing) {
    if (!identity.emailVerified) return null;
    await db().account.create({ data: { ...account, userId: existing.id } });
    return existing;
  }
  const name =
    cleanLine(identity.name ?? "")
      .trim()
      .slice(0, LIMITS.name) ||
    email.split("@")[0]?.slice(0, LIMITS.name) ||
    "New user";
  const handle = await freeHandle(suggestHandle(name) || suggestHandle(email.split("@")[0] ?? "") || "portfolio");
  return db().user.create({
    data: {
      name,
      email,
      handle,
      image: identity.image,
      emailVerified: identity.emailVerified ? new Date() : null,
      accounts: { create: account },
      portfolio: { create: { displayName: name } },
    },
    select: { id: true, sessionVersion: true },
  });
}

async function freeHandle(base: string): Promise<string> {
  const prefix = base.slice(0, 20);
  const [users, holds] = await Promise.all([
    db().user.findMany({ where: { handle: { startsWith: prefix } }, select: { handle: true } }),
    db().heldHandle.findMany({ where: { handle: { startsWith: prefix }, heldUntil: { gt: new Date() } }, select: { handle: true } }),
  ]);
  const taken = new Set([...users, ...holds].map((row) => row.handle));
  for (let attempt = 1; ; attempt++) {
    const candidate = handleCandidate(base, attempt);
    if (!taken.has(candidate)) return candidate;
  }
}

async function ownUser(userId: string) {
  const user = await db().user.findFirst({
    where: { id: userId },
    select: { id: true, email: true, handle: true, passwordHash: true },
  });
  if (!user) throw notFound();
  return user;
}

async function checkCurrentPassword(user: { passwordHash: string | null }, password: string): Promise<void> {
  if (!user.passwordHash) return;
  if (!password) throw new AppError("VALIDATION", { fieldErrors: { currentPassword: ["required"] } });
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new AppError("VALIDATION", { fieldErrors: { currentPassword: ["wrongPassword"] } });
  }
}

/** Throws field errors for every value already used by another account, or a handle held for someone else. */
async function assertFree(values: { email?: string; handle?: string }, exceptUserId?: string, now: Date = new Date()): Promise<void> {
  const [others, held] = await Promise.all([
    db().user.findMany({
      where: {
        OR: [...(values.email ? [{ email: values.email }] : []), ...(values.handle ? [{ handle: values.handle }] : [])],
        ...(exceptUserId ? { id: { not: exceptUserId } } : {}),
      },
      select: { email: true, handle: true },
    }),
    values.handle ? findHandleHold(values.handle, exceptUserId, now) : null,
  ]);
  const fieldErrors: FieldErrors = {};
  if (values.email && others.some((other) => other.email === values.email)) fieldErrors.email = ["emailTaken"];
  if (values.handle && others.some((other) => other.handle === values.handle)) fieldErrors.handle = ["handleTaken"];
  else if (held) fieldErrors.handle = ["handleHeld"];
  if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", { fieldErrors });
}

/** A unique-constraint race (two sign-ups at once) as the same field error the pre-check gives. */
function uniqueViolation(error: unknown): AppError | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const detail = JSON.stringify(error.meta ?? {});
  const fieldErrors: FieldErrors = {};
  if (detail.includes("email")) fieldErrors.email = ["emailTaken"];
  if (detail.includes("handle")) fieldErrors.handle = ["handleTaken"];
  return new AppError("VALIDATION", { fieldErrors: Object.keys(fieldErrors).length ? fieldErrors : { _form: ["CONFLICT"] } });
}
