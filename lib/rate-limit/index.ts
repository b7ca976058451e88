import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/**
 * Fixed-window rate limits kept in Postgres (the RateLimit table), so every
 * app instance shares them. Each hit is one atomic upsert that also resets an
 * expired window. Pass `now` to test windows without waiting.
 */
export type RateLimitRule = { limit: number; windowMs: number };

export type RateLimitResult = { allowed: boolean; count: number; resetAt: Date; retryAfterSeconds: number };

/** Sign-in and sign-up: 10 tries per 15 minutes, per IP and per email. */
export const authAttemptsRule: RateLimitRule = { limit: 10, windowMs: 15 * 60_000 };

/** Counts one attempt against `key` and says whether it is within the rule. */
export async function hitRateLimit(key: string, rule: RateLimitRule, now: Date = new Date()): Promise<RateLimitResult> {
  const freshReset = new Date(now.getTime() + rule.windowMs);
  const rows = await db().$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimit" ("key", "count", "resetAt", "updatedAt")
    VALUES (${key}, 1, ${freshReset}, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN ${freshReset} ELSE "RateLimit"."resetAt" END,
      "updatedAt" = ${now}
    RETURNING "count", "resetAt"`;
  const row = rows[0];
  if (!row) throw new Error(`Rate limit upsert returned nothing for ${key}`);
  const count = Number(row.count);
  const resetAt = new Date(row.resetAt);
  const retryAfterSeconds = Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
  return { allowed: count <= rule.limit, count, resetAt, retryAfterSeconds };
}

/** Where `key` stands without counting a hit: blocked once its count has reached the limit in a live window. */
export async function peekRateLimit(key: string, rule: RateLimitRule, now: Date = new Date()): Promise<RateLimitResult> {
  const row = await db().rateLimit.findUnique({ where: { key }, select: { count: true, resetAt: true } });
  if (!row || row.resetAt <= now) return { allowed: true, count: 0, resetAt: new Date(now.getTime() + rule.windowMs), retryAfterSeconds: 0 };
  const retryAfterSeconds = Math.max(1, Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000));
  return { allowed: row.count < rule.limit, count: row.count, resetAt: row.resetAt, retryAfterSeconds };
}

/** Takes back one hit (e.g. a sign-in that succeeded, so only failures count). */
export async function refundRateLimit(key: string): Promise<void> {
  await db().$executeRaw`UPDATE "RateLimit" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key}`;
}

/** Hits every key; throws RATE_LIMITED with the longest wait when any is over its limit. */
export async function enforceRateLimits(keys: string[], rule: RateLimitRule, now: Date = new Date()): Promise<void> {
  const results = await Promise.all(keys.map((key) => hitRateLimit(key, rule, now)));
  const blocked = results.filter((result) => !result.allowed);
  if (blocked.length) {
    throw new AppError("RATE_LIMITED", { retryAfterSeconds: Math.max(...blocked.map((result) => result.retryAfterSeconds)) });
  }
}

/** Deletes windows that ended more than a day ago (housekeeping; safe to run any time). */
export async function sweepRateLimits(now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - 24 * 60 * 60_000);
  return db()
    .rateLimit.deleteMany({ where: { resetAt: { lt: cutoff } } })
    .then((result) => result.count);
}
