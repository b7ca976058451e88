// Start-up work that must not run twice at once when several instances start
// together: the demo seed (waits for the lock: the second instance then finds
// users and skips) and the sweep of abandoned uploads and expired rate-limit
// windows (skipped while another instance is sweeping). Runs under the
// react-server condition (scripts/db-seed.ts), like the app's uploads.
import type { PrismaClient } from "./generated/client";
import { LOCK_KEYS, withAdvisoryLock } from "./advisory-lock";
import { seedDemoIfEmpty } from "../seed/demo";
import { seedLatvianDemoIfMissing } from "../seed/demo-lv";
import { sweepOrphanMedia } from "../media/mutations";
import { sweepRateLimits } from "../rate-limit";
import { sweepOrphanImports } from "../imports/sweep";

const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

/** Seeds the demo portfolio into an empty database (and its Latvian twin where it is missing), once across instances. */
export async function seedOnce(url: string, prisma: PrismaClient): Promise<boolean> {
  const seed = async () => (await seedDemoIfEmpty(prisma)) || (await seedLatvianDemoIfMissing(prisma));
  const outcome = await withAdvisoryLock(url, LOCK_KEYS.seed, seed, { wait: true });
  return outcome.ran && outcome.result;
}

/** Removes uploads abandoned a day ago and expired rate-limit rows; null when another instance is doing it now. */
export async function sweepOnce(url: string, now = new Date()): Promise<{ abandonedUploads: number } | null> {
  const outcome = await withAdvisoryLock(
    url,
    LOCK_KEYS.housekeeping,
    async () => {
      const abandonedUploads = await sweepOrphanMedia(new Date(now.getTime() - ABANDONED_AFTER_MS));
      await sweepRateLimits(now);
      await sweepOrphanImports(); // import files whose last sample or metric was deleted
      return { abandonedUploads };
    },
    { wait: false },
  );
  return outcome.ran ? outcome.result : null;
}
