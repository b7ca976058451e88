// The Next server that `npm start` spawns keeps running when the wrapper is
// killed with SIGKILL (it holds the app port and the old database's
// connections). The wrapper records it in the data folder; the next start
// stops a recorded server whose wrapper is gone before it starts its own.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { descendantsOf, isAlive, processStartTime, waitForExit } from "../../lib/db/processes";

type Recorded = { pid: number; started: string; wrapperPid: number; wrapperStarted: string; port: number };

const FILE = "app-server.json";

/** Notes the running app server (and this wrapper) in the data folder. */
export function recordAppServer(dataRoot: string, pid: number, port: number): void {
  const record: Recorded = {
    pid,
    started: processStartTime(pid) ?? "",
    wrapperPid: process.pid,
    wrapperStarted: processStartTime(process.pid) ?? "",
    port,
  };
  writeFileSync(path.join(dataRoot, FILE), JSON.stringify(record));
}

/** Forgets the record after a clean stop. */
export function forgetAppServer(dataRoot: string): void {
  rmSync(path.join(dataRoot, FILE), { force: true });
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

function read(dataRoot: string): Recorded | null {
  const file = path.join(dataRoot, FILE);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Recorded;
  } catch {
    return null;
  }
}

/**
 * Stops the app server an earlier start left running after it was killed,
 * with its children (`next dev` forks one): SIGTERM, then SIGKILL after 10 s.
 * A pid reused by another program (other start time) is left alone, and so is
 * a server whose wrapper still runs (that start is alive; the database check
 * then refuses the folder). Returns what it did.
 */
export async function stopStaleAppServer(dataRoot: string, log: (line: string) => void): Promise<"none" | "stopped" | "in-use"> {
  const record = read(dataRoot);
  if (!record) return "none";
  if (record.wrapperStarted && processStartTime(record.wrapperPid) === record.wrapperStarted) return "in-use";
  if (!record.started || processStartTime(record.pid) !== record.started) {
    forgetAppServer(dataRoot);
    return "none";
  }
  const pids = [record.pid, ...descendantsOf(record.pid)];
  pids.forEach((pid) => signal(pid, "SIGTERM"));
  const exited = await Promise.all(pids.map((pid) => waitForExit(pid, 10_000)));
  pids.forEach((pid, index) => {
    if (!exited[index] && isAlive(pid)) signal(pid, "SIGKILL");
  });
  forgetAppServer(dataRoot);
  log(`Stopped the app server left running by an earlier start that was killed (pid ${record.pid}, port ${record.port})`);
  return "stopped";
}
