// Starts one real PostgreSQL for the integration tier (embedded in .data/test,
// or the server of TEST_DATABASE_URL), migrates a template database once, and
// hands its address to the test files; each file clones the template.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type RunningDatabase } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate";

export const TEMPLATE_DB = "postfolio_template";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
  }
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export default async function setup(project: TestProject) {
  let database: RunningDatabase;
  if (process.env.TEST_DATABASE_URL) {
    database = { url: process.env.TEST_DATABASE_URL, dataDir: null, stop: async () => {} };
  } else {
    // A cluster per run, so parallel runs on one machine never share one.
    const dataDir = `.data/test/${randomBytes(4).toString("hex")}`;
    const cluster = await startEmbeddedPostgres({ dataDir: `${dataDir}/postgres`, database: "postgres", port: 55432 });
    database = {
      ...cluster,
      stop: async () => {
        await cluster.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }

  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  await applyMigrations(withDatabase(database.url, TEMPLATE_DB));

  project.provide("adminUrl", database.url);
  return async () => {
    await database.stop();
  };
}
