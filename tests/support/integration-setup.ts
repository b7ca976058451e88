// Runs before every integration test file: stubs Next's cache and gives the file its own database, cloned from the migrated template.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject, vi } from "vitest";

// Next's cache exists only inside Next: writes have nothing to invalidate and cached reads run directly.
// Tests that check an invalidation read the spy: `vi.mocked((await import("next/cache")).revalidateTag)`.
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  unstable_cache: <T>(fn: T) => fn,
}));

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
