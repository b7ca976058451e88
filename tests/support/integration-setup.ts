// Gives each integration test file its own database, cloned from the migrated template.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";

const adminUrl = inject("adminUrl");
const name = `test_${randomBytes(6).toString("hex")}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name} TEMPLATE postfolio_template`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();

afterAll(async () => {
  const globalForPrisma = globalThis as unknown as { prisma?: { $disconnect(): Promise<void> } };
  await globalForPrisma.prisma?.$disconnect();
});
