// Seeds the demo portfolio into an empty database and does start-up housekeeping. Run under the react-server
// export condition (see package.json) because it goes through the app's
// server-only modules, exactly as a user's uploads do.
import { ensureDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";
import { createPrismaClient } from "../lib/db/connect";
import { DEMO_LOGIN, seedDemoIfEmpty } from "../lib/seed/demo";
import { sweepOrphanMedia } from "../lib/media/mutations";
import { sweepOrphanImports } from "../lib/imports/sweep";
import { sweepRateLimits } from "../lib/rate-limit";

async function main(): Promise<number> {
  const database = await ensureDatabase();
  process.env.DATABASE_URL = database.url;
  const prisma = createPrismaClient(database.url);
  try {
    await applyMigrations(database.url);
    const seeded = await seedDemoIfEmpty(prisma);
    console.log(seeded ? `[postfolio] Seeded the demo portfolio at /${DEMO_LOGIN.handle}` : "[postfolio] Database already has users; demo seed skipped");
    // Start-up housekeeping: uploads abandoned in unsaved forms, expired rate-limit windows.
    const swept = await sweepOrphanMedia(new Date(Date.now() - 24 * 60 * 60 * 1000));
    if (swept > 0) console.log(`[postfolio] Removed ${swept} abandoned upload(s)`);
    await sweepRateLimits();
    await sweepOrphanImports(); // import files whose last sample or metric was deleted
    return 0;
  } catch (error) {
    console.error(`[postfolio] Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

main().then((code) => process.exit(code));
