// Runs autocannon in its own process (so the load generator does not share
// this script's event loop) and keeps the figures the report needs.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/** `errors` counts timeouts too (autocannon's own count does); `timeouts` alone is kept for the soak's report. */
export type LoadResult = { rps: number; p50: number; p99: number; requests: number; non2xx: number; errors: number; timeouts: number; bytesPerRequest: number };

type AutocannonJson = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  throughput: { total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
};

const running = new Set<ChildProcess>();

/** Ends a measurement still running (on Ctrl-C or an error). */
export function stopLoad(): void {
  for (const child of running) child.kill("SIGTERM");
}

/** `timeoutSeconds`: when a request counts as a timeout (autocannon's default 10 s). */
export function runAutocannon(url: string, options: { connections: number; seconds: number; timeoutSeconds?: number }): Promise<LoadResult> {
  const bin = path.resolve("node_modules/autocannon/autocannon.js");
  const timeout = options.timeoutSeconds ? ["-t", String(options.timeoutSeconds)] : [];
  const args = [bin, "-c", String(options.connections), "-d", String(options.seconds), ...timeout, "-j", "-n", url];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    running.add(child);
    child.once("exit", () => running.delete(child));
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`));
      try {
        const json = JSON.parse(out.trim().split("\n").pop() ?? "") as AutocannonJson;
        resolve({
          rps: json.requests.average,
          p50: json.latency.p50,
          p99: json.latency.p99,
          requests: json.requests.total,
          non2xx: json.non2xx,
          // autocannon's `errors` already includes its timeouts; adding them again counted each twice.
          errors: json.errors,
          timeouts: json.timeouts,
          bytesPerRequest: json.requests.total ? json.throughput.total / json.requests.total : 0,
        });
      } catch (error) {
        reject(new Error(`Unreadable autocannon output: ${String(error)}\n${out.slice(0, 500)}`));
      }
    });
  });
}
