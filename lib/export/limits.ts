import type { RateLimitRule } from "@/lib/rate-limit";

/** "Export everything" reads every file the owner has: a few per hour is plenty. */
export const exportRule: RateLimitRule = { limit: 10, windowMs: 60 * 60_000 };
/** An import writes files and a transaction of rows: fewer still. */
export const importRule: RateLimitRule = { limit: 10, windowMs: 60 * 60_000 };
