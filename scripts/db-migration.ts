// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/
// from the difference between the migrations' snapshot and schema.prisma.
// Needs no database.
import path from "node:path";
import { createMigration } from "../lib/db/migrate";

const name = process.argv[2];
if (!name || process.argv.length > 3 || !/^[A-Za-z0-9_-]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (letters, digits, - and _ only, e.g. add_posts)");
  process.exit(1);
}

let exitCode = 0;
try {
  const folder = await createMigration(name);
  if (folder) console.log(`Created ${path.relative(process.cwd(), folder)}/migration.sql — review it, then run npm run db:migrate.`);
  else console.log("No changes: schema.prisma matches the migrations.");
} catch (error) {
  console.error(`db:migration: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
}
process.exit(exitCode);
