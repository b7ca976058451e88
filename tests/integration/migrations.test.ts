// The migrations in prisma/migrations: they match schema.prisma (drift check),
// and a broken one fails loudly, naming itself.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { queryOnce as query } from "@/tests/support/pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, createMigration, diffSchemas } from "../../lib/db/migrate";

const root = process.cwd();
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/** A copy of prisma/ in a temp folder, so tests can add migrations freely. */
function tempProject(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "postfolio-migrations-"));
  cpSync(path.join(root, "prisma"), path.join(dir, "prisma"), { recursive: true });
  return dir;
}

describe("migrations", () => {
  it("match schema.prisma (run `npm run db:migration -- <name>` after editing the schema)", async () => {
    const drift = await diffSchemas(read("prisma/migrations/schema.snapshot.prisma"), read("prisma/schema.prisma"));
    expect(drift).toBe("");
  });

  it("createMigration writes a migration only when the schema changed", async () => {
    const dir = tempProject();
    try {
      expect(await createMigration("nothing", { root: dir })).toBeNull();
      const schemaFile = path.join(dir, "prisma/schema.prisma");
      writeFileSync(schemaFile, readFileSync(schemaFile, "utf8") + "\nmodel Extra {\n  id Int @id\n}\n");
      const folder = await createMigration("add extra", { root: dir });
      expect(folder).toMatch(/[/\\]\d{14}_add_extra$/);
      expect(readFileSync(path.join(folder!, "migration.sql"), "utf8")).toContain('CREATE TABLE "Extra"');
      expect(await createMigration("again", { root: dir })).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe("against a throwaway database", () => {
    const adminUrl = inject("adminUrl");
    const name = `migrations_${randomBytes(6).toString("hex")}`;
    const dbUrl = () => Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
    const admin = (sql: string) => query(adminUrl, sql);

    beforeAll(() => admin(`CREATE DATABASE ${name}`));
    afterAll(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

    /**
     * Runs `test` against a database of its own, migrated up to just before the migration whose folder ends in
     * `_<migration>` (as a deploy found it); `applyHeld()` then applies the migrations again and returns what was applied.
     */
    async function beforeMigration(migration: string, test: (url: string, applyHeld: () => Promise<string[]>, folder: string) => Promise<void>): Promise<void> {
      const dir = tempProject();
      const migrations = path.join(dir, "prisma/migrations");
      const folder = readdirSync(migrations).find((each) => each.endsWith(`_${migration}`))!;
      const held = path.join(dir, "held");
      const database = `${name}_${migration}`;
      const url = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString();
      try {
        renameSync(path.join(migrations, folder), held);
        await admin(`CREATE DATABASE ${database}`);
        await applyMigrations(url, { root: dir });
        await test(
          url,
          async () => {
            renameSync(held, path.join(migrations, folder));
            return (await applyMigrations(url, { root: dir })).applied;
          },
          folder,
        );
      } finally {
        await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
        rmSync(dir, { recursive: true, force: true });
      }
    }

    it("a broken migration throws naming the migration and the database error", async () => {
      const dir = tempProject();
      try {
        const broken = "29991231000000_broken";
        mkdirSync(path.join(dir, "prisma/migrations", broken));
        writeFileSync(
          path.join(dir, "prisma/migrations", broken, "migration.sql"),
          'CREATE TABLE "Half" ("id" INTEGER);\nALTER TABLE "NoSuchTable" ADD COLUMN "x" TEXT;\n',
        );

        const first = await applyMigrations(dbUrl(), { root: dir }).catch((error: unknown) => error);
        expect(first).toBeInstanceOf(Error);
        expect((first as Error).message).toContain(broken);
        expect((first as Error).message).toMatch(/NoSuchTable/);
        expect((first as Error).message).not.toContain("wasm://");
        // All or nothing: the statement before the failing one was rolled back.
        expect(await query(dbUrl(), `SELECT to_regclass('"Half"') AS half`)).toEqual([{ half: null }]);

        // Now recorded as failed: later runs refuse, still naming it.
        const second = await applyMigrations(dbUrl(), { root: dir }).catch((error: unknown) => error);
        expect(second).toBeInstanceOf(Error);
        expect((second as Error).message).toContain(broken);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it("case_study_currency gives existing case studies their linked campaigns' currency where those agree", async () => {
      await beforeMigration("case_study_currency", async (url, applyHeld, folder) => {
        // The database as it was before the migration, with data in it.
        await query(
          url,
          `INSERT INTO "User" (id, name, email, handle, "updatedAt") VALUES ('u1', 'Jo', 'jo@example.test', 'jo', now());
           INSERT INTO "Portfolio" (id, "userId", "displayName", "updatedAt") VALUES ('p1', 'u1', 'Jo', now());
           INSERT INTO "Campaign" (id, "portfolioId", title, "workKind", "startDate", objective, currency, "updatedAt") VALUES
             ('eur1', 'p1', 'A', 'CLIENT', '2026-01-01', 'SALES', 'EUR', now()),
             ('eur2', 'p1', 'B', 'CLIENT', '2026-01-01', 'SALES', 'EUR', now()),
             ('gbp', 'p1', 'C', 'CLIENT', '2026-01-01', 'SALES', 'GBP', now());
           INSERT INTO "CaseStudy" (id, "portfolioId", title, slug, "updatedAt") VALUES
             ('euros', 'p1', 'Euros', 'euros', now()), ('mixed', 'p1', 'Mixed', 'mixed', now()), ('alone', 'p1', 'Alone', 'alone', now());
           INSERT INTO "_CampaignToCaseStudy" ("A", "B") VALUES ('eur1', 'euros'), ('eur2', 'euros'), ('eur1', 'mixed'), ('gbp', 'mixed');`,
        );

        expect(await applyHeld()).toEqual([folder]);
        const rows = await query(url, `SELECT id, currency FROM "CaseStudy" ORDER BY id`);
        expect(rows).toEqual([
          { id: "alone", currency: "USD" },
          { id: "euros", currency: "EUR" },
          { id: "mixed", currency: "USD" },
        ]);
      });
    });

    it("portfolio_for_every_account gives each account without a portfolio one, and leaves existing ones alone", async () => {
      await beforeMigration("portfolio_for_every_account", async (url, applyHeld, folder) => {
        await query(
          url,
          `INSERT INTO "User" (id, name, email, handle, "updatedAt") VALUES
             ('u1', 'Has One', 'one@example.test', 'one', now()),
             ('u2', 'Never Visited', 'two@example.test', 'two', now());
           INSERT INTO "Portfolio" (id, "userId", "displayName", headline, "updatedAt") VALUES ('p1', 'u1', 'Edited Name', 'Kept', now());`,
        );

        expect(await applyHeld()).toEqual([folder]);
        const rows = await query(url, `SELECT id, "userId", "displayName", headline FROM "Portfolio" ORDER BY "userId"`);
        expect(rows).toEqual([
          { id: "p1", userId: "u1", displayName: "Edited Name", headline: "Kept" },
          { id: expect.stringMatching(/^c[0-9a-f]{24}$/), userId: "u2", displayName: "Never Visited", headline: "" },
        ]);
      });
    });
  });
});
