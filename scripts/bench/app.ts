// Running the app for a measurement (npm run bench, npm run soak): a
// production build in its own distDir, `npm start`'s wrapper on a fixed port,
// and stopping it again.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { hasFinishedBuild } from "../next-build";

export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(args.at(-1) ?? command)} exited with ${code}`))));
  });
}

/** `next build` into `distDir` unless a finished build is there; Next rewrites tsconfig.json for a custom distDir, so it is put back. */
export async function buildIfMissing(distDir: string, appEnv: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
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

/** Waits for /api/health to answer 200; fails early when the server exits. */
export async function waitForServer(base: string, server: ChildProcess | undefined, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server && (server.exitCode !== null || server.signalCode !== null)) throw new Error("The server exited during start-up (see above)");
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(500);
  }
  throw new Error(`The server did not answer on ${base} within ${timeoutMs / 1000} s`);
}

/** SIGTERM (start.ts then stops Next and PostgreSQL in order), SIGKILL after `graceMs`. */
export async function stopServer(server: ChildProcess | undefined, graceMs = 20_000): Promise<void> {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  if ((await Promise.race([exited, sleep(graceMs, "timeout")])) === "timeout") server.kill("SIGKILL");
}
