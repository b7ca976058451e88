// What the start-up scripts need to know about another process: whether it
// runs, what it runs, its parent, and when it started (so that a pid the
// kernel has since given to another program is not mistaken for ours).
// Node-only, Linux /proc first, `ps` elsewhere (macOS).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

const hasProc = existsSync("/proc/self/stat");

/** True while the kernel knows `pid`, a zombie (exited, not yet reaped by its parent) included. */
export function pidExists(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** True while `pid` runs (a zombie does not). */
export function isAlive(pid: number): boolean {
  return pidExists(pid) && (!hasProc || procStat(pid)?.[0] !== "Z");
}

function ps(pid: number, field: string): string | null {
  const result = spawnSync("ps", ["-o", `${field}=`, "-p", String(pid)], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** /proc/<pid>/stat split after the command name (which may hold spaces and parentheses). */
function procStat(pid: number): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** An opaque token of when `pid` started, or null when it does not run. */
export function processStartTime(pid: number): string | null {
  if (!isAlive(pid)) return null;
  // Field 22 of stat (the 20th after the name): start time in clock ticks since boot.
  if (hasProc) return procStat(pid)?.[19] ?? null;
  return ps(pid, "lstart");
}

export function parentPid(pid: number): number | null {
  const value = hasProc ? procStat(pid)?.[1] : ps(pid, "ppid");
  return value ? Number(value) : null;
}

/** The process's arguments (argv), or null when it cannot be read. */
export function commandLine(pid: number): string[] | null {
  if (hasProc) {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    } catch {
      return null;
    }
  }
  const args = ps(pid, "args");
  return args ? args.split(/\s+/) : null;
}

/** Waits until `pid` has exited; false when it still runs after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

/** Every process below `pid` (children, their children, ...). */
export function descendantsOf(pid: number): number[] {
  const parents = new Map<number, number>();
  if (hasProc) {
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      const ppid = procStat(Number(entry))?.[1];
      if (ppid) parents.set(Number(entry), Number(ppid));
    }
  } else {
    const result = spawnSync("ps", ["-A", "-o", "pid=,ppid="], { encoding: "utf8" });
    for (const line of result.stdout?.split("\n") ?? []) {
      const [child, parent] = line.trim().split(/\s+/).map(Number);
      if (child && parent) parents.set(child, parent);
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const [child, parent] of parents) {
      if (parent === current && !found.includes(child)) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}
