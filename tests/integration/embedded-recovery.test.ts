// `npm start` after a crash (issue #13 §6): a start killed with SIGKILL leaves
// its PostgreSQL running; the next start must stop it and come up, not fail
// with "lock file postmaster.pid already exists". Real clusters in their own
// data folders, started the way scripts/start.ts starts them.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { queryOnce as query } from "@/tests/support/pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type RunningDatabase } from "@/lib/db/embedded";
import { parsePostmasterPid } from "@/lib/db/postmaster";
import { isAlive, waitForExit } from "@/lib/db/processes";

const root = path.resolve(`.data/test/recovery-${randomBytes(4).toString("hex")}`);
const children: ChildProcess[] = [];
const running: RunningDatabase[] = [];

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  for (const database of running) await database.stop().catch(() => {});
  rmSync(root, { recursive: true, force: true });
});

/** Starts the cluster again in this process, as the next `npm start` after a crash would, with what it logged. */
async function startAgain(dataDir: string, port: number) {
  const lines: string[] = [];
  const database = await startEmbeddedPostgres({ dataDir, port, database: "postgres", log: (line) => lines.push(line) });
  running.push(database);
  return { database, log: () => lines.join("\n") };
}

/** Starts a cluster in a child process, as `npm start` would, and returns once it accepts connections. */
function startInChild(dataDir: string, port: number): Promise<{ child: ChildProcess; url: string; dataDir: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/embedded-child.ts", dataDir, String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split("\n").find((candidate) => candidate.startsWith("{"));
      if (line) resolve({ child, ...(JSON.parse(line) as { url: string; dataDir: string }) });
    });
    child.once("exit", (code) => reject(new Error(`the child exited with ${code} before its database was up`)));
  });
}

function postmasterPid(dataDir: string): number {
  return parsePostmasterPid(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8"))!.pid;
}

describe("embedded PostgreSQL after a crash", () => {
  it("refuses a data folder that a live start is using, and leaves that server alone", async () => {
    const first = await startInChild(path.join(root, "busy/postgres"), 55610);
    await expect(startEmbeddedPostgres({ dataDir: path.join(root, "busy/postgres"), port: 55620, database: "postgres" })).rejects.toThrow(
      /in use by another running start/,
    );
    expect(await query(first.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    first.child.kill("SIGTERM");
    await waitForExit(first.child.pid!, 20_000);
  }, 60_000);

  it("stops the postmaster a SIGKILLed start left behind and starts again with the data intact", async () => {
    const first = await startInChild(path.join(root, "crash/postgres"), 55630);
    await query(first.url, "CREATE TABLE saved (value text)");
    await query(first.url, "INSERT INTO saved VALUES ($1)", ["acknowledged before the crash"]);
    const orphan = postmasterPid(first.dataDir);

    first.child.kill("SIGKILL");
    await new Promise((resolve) => first.child.once("exit", resolve));
    // What the issue describes: the parent is gone, its PostgreSQL is not.
    expect(isAlive(orphan)).toBe(true);

    const { database: again, log } = await startAgain(path.join(root, "crash/postgres"), 55630);
    expect(isAlive(orphan)).toBe(false);
    expect(log()).toMatch(new RegExp(`Stopped PostgreSQL left running by an earlier start that was killed \\(pid ${orphan}`));
    expect(await query(again.url, "SELECT value FROM saved")).toEqual([{ value: "acknowledged before the crash" }]);
    await again.stop();
  }, 90_000);

  it("starts after a crash that took PostgreSQL down too (stale postmaster.pid)", async () => {
    const first = await startInChild(path.join(root, "stale/postgres"), 55640);
    const postmaster = postmasterPid(first.dataDir);
    first.child.kill("SIGKILL");
    process.kill(postmaster, "SIGKILL");
    await waitForExit(postmaster, 10_000);

    const { database: again, log } = await startAgain(path.join(root, "stale/postgres"), 55640);
    expect(log()).toMatch(/did not shut down cleanly/);
    expect(await query(again.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await again.stop();
  }, 90_000);

  it("gives two starts at once, from the same first port, different ports", async () => {
    // The second chooses its port while the first is still in initdb: both see the same port free.
    const first = startEmbeddedPostgres({ dataDir: path.join(root, "twin-a/postgres"), port: 55650, database: "postgres" });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const second = startEmbeddedPostgres({ dataDir: path.join(root, "twin-b/postgres"), port: 55650, database: "postgres" });
    const results = await Promise.allSettled([first, second]);
    for (const result of results) if (result.status === "fulfilled") running.push(result.value);
    const [a, b] = results.map((result) => {
      if (result.status === "rejected") throw result.reason;
      return result.value;
    });
    expect(new URL(a!.url).port).not.toBe(new URL(b!.url).port);
    expect(await query(a!.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    expect(await query(b!.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await Promise.all([a!.stop(), b!.stop()]);
  }, 90_000);
});
