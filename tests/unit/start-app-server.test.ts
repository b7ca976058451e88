// The app server an earlier `npm start` left running after a kill -9 (real processes, no database).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isAlive, waitForExit } from "@/lib/db/processes";
import { recordAppServer, stopStaleAppServer } from "../../scripts/start/app-server";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function setup(): { dataRoot: string; server: ChildProcess; grandchild: () => number } {
  const dataRoot = mkdtempSync(path.join(tmpdir(), "postfolio-start-"));
  // A stand-in for `next dev`: a server with a child of its own.
  const server = spawn(
    process.execPath,
    [
      "-e",
      "const c = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); console.log(c.pid); setInterval(() => {}, 1000)",
    ],
    { stdio: ["ignore", "pipe", "ignore"] },
  );
  let grandchildPid = 0;
  server.stdout!.on("data", (chunk: Buffer) => (grandchildPid ||= Number(chunk.toString().trim())));
  cleanups.push(() => {
    for (const pid of [server.pid, grandchildPid]) if (pid && isAlive(pid)) process.kill(pid, "SIGKILL");
    rmSync(dataRoot, { recursive: true, force: true });
  });
  return { dataRoot, server, grandchild: () => grandchildPid };
}

async function until(condition: () => boolean) {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

function pretendWrapperDied(dataRoot: string) {
  const file = path.join(dataRoot, "app-server.json");
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, "utf8")), wrapperStarted: "gone" }));
}

describe("stopStaleAppServer", () => {
  it("stops the server (and its children) of a start that was killed, and says so", async () => {
    const { dataRoot, server, grandchild } = setup();
    await until(() => grandchild() > 0);
    recordAppServer(dataRoot, server.pid!, 3999);
    pretendWrapperDied(dataRoot);
    const lines: string[] = [];
    expect(await stopStaleAppServer(dataRoot, (line) => lines.push(line))).toBe("stopped");
    expect(await waitForExit(server.pid!, 5000)).toBe(true);
    expect(await waitForExit(grandchild(), 5000)).toBe(true);
    expect(lines).toEqual([`Stopped the app server left running by an earlier start that was killed (pid ${server.pid}, port 3999)`]);
    expect(existsSync(path.join(dataRoot, "app-server.json"))).toBe(false);
  });

  it("leaves the server of a start that still runs alone", async () => {
    const { dataRoot, server } = setup();
    recordAppServer(dataRoot, server.pid!, 3999);
    expect(await stopStaleAppServer(dataRoot, () => {})).toBe("in-use");
    expect(isAlive(server.pid!)).toBe(true);
  });

  it("leaves a process alone that only reuses the recorded pid", async () => {
    const { dataRoot, server } = setup();
    recordAppServer(dataRoot, server.pid!, 3999);
    const file = path.join(dataRoot, "app-server.json");
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, "utf8")), wrapperStarted: "gone", started: "another" }));
    expect(await stopStaleAppServer(dataRoot, () => {})).toBe("none");
    expect(isAlive(server.pid!)).toBe(true);
  });
});
