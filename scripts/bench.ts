// `npm run bench`: how fast the public page `/<handle>` is, measured on a
// production build against a real PostgreSQL (issue #6). Seeds its own data
// folder (fresh each run), starts the app through scripts/start.ts, measures,
// prints a table and a README-ready Markdown block, and stops everything.
//
// BENCH_PORT (3300), BENCH_DATA (.data/bench), BENCH_DIST_DIR (.next-bench),
// BENCH_SECONDS (10 per load measurement), BENCH_COPIES (5 fresh handles per size),
// BENCH_LIGHTHOUSE (3 runs per reading page; 0 skips Lighthouse),
// BENCH_CROWD_SECONDS (20: the 200-connection run of issue #16, page then static; 0 skips it).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, rmdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type RunningDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";
import { runAutocannon, stopLoad, type LoadResult } from "./bench/load";
import { buildIfMissing, run, stopServer, waitForServer } from "./bench/app";
import { measurePage, measureReadingPage, type ColdRender, type ReadingPageFigures } from "./bench/measure";
import { startCountingProxy, type CountingProxy } from "./bench/proxy";
import { printReport } from "./bench/report";
import type { ReadingPages, SeedPlan, SeededPortfolio } from "./bench/types";

const port = Number(process.env.BENCH_PORT ?? 3300);
const dataRoot = path.resolve(process.env.BENCH_DATA ?? ".data/bench");
const distDir = process.env.BENCH_DIST_DIR ?? ".next-bench";
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const copies = Number(process.env.BENCH_COPIES ?? 5);
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE ?? 3);
const connections = 50;
// Issue #16's "no starved readers": 200 connections for 20 s, a request counted as a timeout after 10 s.
const crowd = { connections: 200, seconds: Number(process.env.BENCH_CROWD_SECONDS ?? 20), timeoutSeconds: 10 };
const largeItems = 1000;
const base = `http://127.0.0.1:${port}`;

const state: { database?: RunningDatabase; proxy?: CountingProxy; server?: ChildProcess; publicFile?: string; createdPublic?: boolean } = {};

function log(message: string) {
  console.log(`[bench] ${message}`);
}

async function seed(database: RunningDatabase, plan: SeedPlan): Promise<{ seeded: SeededPortfolio[]; pages: ReadingPages }> {
  const out = path.join(dataRoot, "seeded.json");
  await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench/seed.ts", out], {
    ...process.env,
    DATABASE_URL: database.url,
    STORAGE_DIR: path.join(dataRoot, "uploads"),
    BENCH_SEED_PLAN: JSON.stringify(plan),
  });
  return {
    seeded: JSON.parse(readFileSync(out, "utf8")) as SeededPortfolio[],
    pages: JSON.parse(readFileSync(out.replace(/\.json$/, "-pages.json"), "utf8")) as ReadingPages,
  };
}

let stopping: Promise<void> | undefined;

/** Stops everything once, however many paths (signal, error, success) ask for it. */
function stopAll(): Promise<void> {
  stopping ??= stopEverything();
  return stopping;
}

async function stopEverything() {
  const { server, proxy, database, publicFile } = state;
  stopLoad();
  if (publicFile) rmSync(publicFile, { force: true });
  if (state.createdPublic && existsSync("public") && readdirSync("public").length === 0) rmdirSync("public");
  await stopServer(server);
  await proxy?.close();
  await database?.stop().catch(() => {});
}

async function main() {
  const runId = randomBytes(3).toString("hex");
  const handle = (size: string, index: number) => `bench-${runId}-${size}${index}`;
  const plan: SeedPlan = {
    largeItems,
    portfolios: [
      { handle: handle("warm", 0), size: "medium" },
      ...Array.from({ length: copies }, (_, i) => [
        { handle: handle("m", i + 1), size: "medium" as const },
        { handle: handle("l", i + 1), size: "large" as const },
      ]).flat(),
    ],
  };

  let started = Date.now();
  rmSync(dataRoot, { recursive: true, force: true });
  // Next's data cache outlives the database; entries of an earlier run must not be served.
  // (Turbopack's build cache beside it stays: it only speeds up rebuilds.)
  for (const entry of existsSync(path.join(distDir, "cache")) ? readdirSync(path.join(distDir, "cache")) : []) {
    if (entry !== "turbopack") rmSync(path.join(distDir, "cache", entry), { recursive: true, force: true });
  }
  mkdirSync(dataRoot, { recursive: true });

  state.database = await startEmbeddedPostgres({ dataDir: path.join(dataRoot, "postgres"), port: 55300, log });
  await applyMigrations(state.database.url);
  log(`Seeding ${plan.portfolios.length} portfolios (1 warm-up, ${copies} realistic, ${copies} with ${largeItems} items)…`);
  const { seeded, pages } = await seed(state.database, plan);

  // Every query the app sends goes through this proxy, which counts them.
  const dbUrl = new URL(state.database.url);
  state.proxy = await startCountingProxy({ host: dbUrl.hostname, port: Number(dbUrl.port) });
  dbUrl.port = String(state.proxy.port);

  // Next serves only the public/ files that exist when it starts: create the file now, fill it later.
  state.createdPublic = !existsSync("public");
  mkdirSync("public", { recursive: true });
  state.publicFile = path.join("public", `bench-${runId}.html`);
  writeFileSync(state.publicFile, "");

  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: dbUrl.toString(),
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: base,
    POSTFOLIO_DATA: dataRoot,
    STORAGE_DIR: path.join(dataRoot, "uploads"),
    NEXT_DIST_DIR: distDir,
    PORT: String(port),
  };
  const buildStarted = Date.now();
  await buildIfMissing(distDir, appEnv, log);
  started += Date.now() - buildStarted;

  log(`Starting the production server on ${base}…`);
  state.server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--strict-port"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: appEnv,
  });
  await waitForServer(base, state.server, 120_000);

  const cold: ColdRender[] = [];
  for (const portfolio of seeded) {
    const render = await measurePage(base, portfolio, state.proxy);
    log(`cold ${portfolio.handle}: ${render.ms.toFixed(0)} ms, ${render.queries.length} queries, ${render.status}, ${render.cache ?? "-"}`);
    cold.push(render);
  }
  const target = seeded.find((p) => p.size === "medium" && p.handle !== handle("warm", 0)) as SeededPortfolio;
  const again = await measurePage(base, target, state.proxy);

  writeFileSync(state.publicFile, again.html);
  const staticUrl = `${base}/${path.basename(state.publicFile)}`;
  const staticBody = await fetch(staticUrl).then((r) => r.text());
  if (staticBody !== again.html) throw new Error(`${staticUrl} does not serve the page's bytes`);

  log(`Load: ${connections} connections, ${seconds} s each after a 3 s warm-up`);
  const pageUrl = `${base}/${target.handle}`;
  await runAutocannon(pageUrl, { connections, seconds: 3 });
  const pageLoad = await runAutocannon(pageUrl, { connections, seconds });
  await runAutocannon(staticUrl, { connections, seconds: 3 });
  const staticLoad = await runAutocannon(staticUrl, { connections, seconds });
  let crowdLoad: { page: LoadResult; static: LoadResult } | undefined;
  if (crowd.seconds > 0) {
    log(`Load: ${crowd.connections} connections, ${crowd.seconds} s each, ${crowd.timeoutSeconds} s timeout`);
    crowdLoad = { page: await runAutocannon(pageUrl, crowd), static: await runAutocannon(staticUrl, crowd) };
  }
  const after = await measurePage(base, target, state.proxy);

  // The reading pages as a phone sees them: bytes, scripts, Lighthouse (after the load, on a quiet server).
  const reading: ReadingPageFigures[] = [];
  for (const [name, pagePath] of [
    ["portfolio", pages.portfolio],
    ["case study", pages.caseStudy],
    ["share page", pages.share],
  ] as const) {
    if (lighthouseRuns > 0) log(`Lighthouse ×${lighthouseRuns}: ${pagePath}`);
    reading.push(await measureReadingPage(base, name, pagePath, lighthouseRuns));
  }

  await printReport({
    base,
    distDir,
    cold: cold.filter((render) => render.handle !== handle("warm", 0)),
    cached: again,
    afterLoad: after,
    reading,
    pageLoad,
    staticLoad,
    crowd: crowdLoad && { ...crowdLoad, connections: crowd.connections, seconds: crowd.seconds, timeoutSeconds: crowd.timeoutSeconds },
    connections,
    seconds,
    elapsedSeconds: (Date.now() - started) / 1000,
  });
}

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping the server and the database…`);
    void stopAll().finally(() => process.exit(130));
  });
}

main()
  .then(async () => {
    await stopAll();
    process.exit(0);
  })
  .catch(async (error: unknown) => {
    if (!interrupted) console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
    await stopAll();
    process.exit(1);
  });
