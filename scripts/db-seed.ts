// Seeds the demo portfolio into an empty database and does start-up housekeeping. Run under the react-server
// export condition (see package.json) because it goes through the app's
// server-only modules, exactly as a user's uploads do.
import { ensureDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";
import { createPrismaClient } from "../lib/db/connect";
import { DEMO_LOGIN } from "../lib/seed/demo";
import { seedOnce, sweepOnce } from "../lib/db/housekeeping";

async function main(): Promise<number> {
  const database = await ensureDatabase();
  process.env.DATABASE_URL = database.url;
  const prisma = createPrismaClient(database.url);
  try {
    await applyMigrations(database.url);
    // Both under advisory locks: instances starting together seed once and sweep once.
    const seeded = await seedOnce(database.url, prisma);
    console.log(seeded ? `[postfolio] Seeded the demo portfolio at /${DEMO_LOGIN.handle}` : "[postfolio] Database already has users; demo seed skipped");
    // Start-up housekeeping: uploads abandoned in unsaved forms, expired rate-limit windows.
    const swept = await sweepOnce(database.url);
    if (!swept) console.log("[postfolio] Start-up sweep skipped: another instance is running it");
    else if (swept.abandonedUploads > 0) console.log(`[postfolio] Removed ${swept.abandonedUploads} abandoned upload(s)`);
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
