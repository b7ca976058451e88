// `npm start` / `npm run dev`: database (embedded unless DATABASE_URL is set),
// migrations, demo seed, build when missing, then the Next server, with
// signals forwarded so nothing is left running after Ctrl-C or SIGTERM. After
// a kill -9 of an earlier start, its app server and PostgreSQL are stopped first
// (scripts/start/app-server.ts, lib/db/postmaster.ts).
//
// Flags: --dev (next dev), --build (always rebuild), --fresh (wipe the data
// folder first), --strict-port (fail instead of moving to the next port).
// POSTFOLIO_DATA names the data folder (default .data).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { ensureDatabase, findFreePort, resolveDataDir, type RunningDatabase } from "../lib/db/embedded";
import { recoverDataDir } from "../lib/db/postmaster";
import { applyMigrations } from "../lib/db/migrate";
import { DEMO_LOGIN } from "../lib/seed/demo-login";
import { multiInstanceProblem } from "../lib/instances";
import { clearRuntimeCaches, hasFinishedBuild } from "./next-build";
import { forgetAppServer, recordAppServer, stopStaleAppServer } from "./start/app-server";

// Next reads .env itself, but the database and secret are decided here first.
if (existsSync(".env")) process.loadEnvFile(".env");

const args = new Set(process.argv.slice(2));
const dev = args.has("--dev");
const dataRoot = path.resolve(process.env.POSTFOLIO_DATA ?? ".data");
const nextBin = path.resolve("node_modules/next/dist/bin/next");

function log(message: string) {
  console.log(`[postfolio] ${message}`);
}

/** The auth secret: from the environment, else generated once and kept in the data folder. */
function authSecret(): string {
  const fromEnv = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (process.env.DATABASE_URL && !dev) {
    throw new Error("NEXTAUTH_SECRET is required when DATABASE_URL is set (generate one with `openssl rand -base64 32`).");
  }
  const file = path.join(dataRoot, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function main() {
  // One of several instances (POSTFOLIO_INSTANCES > 1) needs shared storage, database and cache: say which is missing, start nothing.
  const instances = multiInstanceProblem(process.env);
  if (instances) throw new Error(instances);
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  // After a kill -9 of an earlier start: its app server still holds the port (its PostgreSQL is handled in ensureDatabase).
  await stopStaleAppServer(dataRoot, log);
  if (args.has("--fresh")) {
    // A PostgreSQL left running would keep serving the deleted folder.
    if (!process.env.DATABASE_URL) await recoverDataDir(resolveDataDir(path.join(dataRoot, "postgres")), log);
    rmSync(dataRoot, { recursive: true, force: true });
  }
  // Pages and data cached by an earlier run may come from another database
  // (a wiped one, or the end-to-end tests'): every start renders afresh.
  clearRuntimeCaches(distDir);
  mkdirSync(dataRoot, { recursive: true });

  const secret = authSecret();
  const storageDir = process.env.STORAGE_DIR ?? path.join(dataRoot, "uploads");
  const database: RunningDatabase = await ensureDatabase({ dataDir: path.join(dataRoot, "postgres"), log });
  let child: ChildProcess | undefined;
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child?.once("exit", resolve));
    }
    await database.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    log(database.dataDir ? `PostgreSQL (embedded) running, data in ${database.dataDir}` : "Using DATABASE_URL");
    const { applied } = await applyMigrations(database.url);
    log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date");

    // The seed uses the app's server-only modules (uploads), so it runs under the react-server condition.
    const seed = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/db-seed.ts"], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: database.url, STORAGE_DIR: storageDir },
    });
    if (seed.status !== 0) throw new Error("Seeding the demo portfolio failed (see above)");

    const requested = Number(process.env.PORT ?? 3000);
    const port = args.has("--strict-port") ? requested : await findFreePort(requested, "0.0.0.0");
    if (port !== requested) log(`Port ${requested} is taken; using ${port} instead`);

    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      STORAGE_DIR: storageDir,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
    };

    if (!dev && (args.has("--build") || !hasFinishedBuild(distDir))) {
      log("Building the app (first start only; takes about a minute)…");
      const build = spawnSync(process.execPath, [nextBin, "build"], {
        stdio: "inherit",
        env: { ...childEnv, NODE_ENV: "production" },
      });
      if (build.status !== 0) throw new Error("next build failed (see above)");
    }

    // scripts/serve.ts: Next's handler behind a server that sets X-Forwarded-For from the socket.
    child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", ...(dev ? ["--dev"] : [])], {
      stdio: "inherit",
      env: childEnv,
    });
    child.once("exit", (code) => {
      forgetAppServer(dataRoot);
      void shutdown(code ?? 0);
    });
    if (child.pid) recordAppServer(dataRoot, child.pid, port);
    log(`Postfolio is starting on http://localhost:${port}`);
    log(`Demo login: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password} (portfolio at /${DEMO_LOGIN.handle})`);
  } catch (error) {
    console.error(`[postfolio] ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

main().catch((error: unknown) => {
  console.error(`[postfolio] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
