// `npm run bench`: how fast the public page `/<handle>` is, measured on a
// production build against a real PostgreSQL (issue #6). Seeds its own data
// folder (fresh each run), starts the app through scripts/start.ts, measures,
// prints a table and a README-ready Markdown block, and stops everything.
//
// BENCH_PORT (3300), BENCH_DATA (.data/bench), BENCH_DIST_DIR (.next-bench),
// BENCH_SECONDS (10 per load measurement), BENCH_COPIES (5 fresh handles per size),
// BENCH_LIGHTHOUSE (3 runs per reading page; 0 skips Lighthouse).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, rmdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { startEmbeddedPostgres, type RunningDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";
import { runAutocannon, stopLoad } from "./bench/load";
import { hasFinishedBuild } from "./next-build";
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
const largeItems = 1000;
const base = `http://127.0.0.1:${port}`;

const state: { database?: RunningDatabase; proxy?: CountingProxy; server?: ChildProcess; publicFile?: string; createdPublic?: boolean } = {};

function log(message: string) {
  console.log(`[bench] ${message}`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(args.at(-1) ?? command)} exited with ${code}`))));
  });
}

/** `next build` into the bench's own folder; Next rewrites tsconfig.json for a custom distDir, so it is put back. */
async function buildIfMissing(appEnv: NodeJS.ProcessEnv) {
  if (hasFinishedBuild(distDir)) {
    return log(`Using the build in ${distDir}`);
  }
  log(`No build in ${distDir}: building (not part of the timings)…`);
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  // Prerendering reads the environment (lib/env.ts) as `next start` will: the same variables start.ts passes.
  const env: NodeJS.ProcessEnv = { ...appEnv, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  try {
    await run(process.execPath, ["scripts/prisma-generate.mjs"], env);
    await run(process.execPath, ["node_modules/next/dist/bin/next", "build"], env);
  } finally {
    if (readFileSync("tsconfig.json", "utf8") !== tsconfig) writeFileSync("tsconfig.json", tsconfig);
  }
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

async function waitForServer(timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (state.server?.exitCode !== null) throw new Error("The server exited during start-up (see above)");
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await sleep(500);
  }
  throw new Error(`The server did not answer on ${base} within ${timeoutMs / 1000} s`);
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
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    if ((await Promise.race([exited, sleep(20_000, "timeout")])) === "timeout") server.kill("SIGKILL");
  }
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
  await buildIfMissing(appEnv);
  started += Date.now() - buildStarted;

  log(`Starting the production server on ${base}…`);
  state.server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--strict-port"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: appEnv,
  });
  await waitForServer(120_000);

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
  const after = await measurePage(base, target, state.proxy);

  // The reading pages as a phone sees them: bytes, scripts, Lighthouse (after the load, on a quiet server).
  const reading: ReadingPageFigures[] = [];
  for (const [name, pagePath] of [["portfolio", pages.portfolio], ["case study", pages.caseStudy], ["share page", pages.share]] as const) {
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
