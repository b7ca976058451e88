// `SOAK_FRONT=nginx npm run soak`: the soak through the front, as production
// runs with deploy/nginx.conf (load balancer and front cache, issue #19): the
// same `npm start` instance behind Debian's nginx, started with the cluster
// test's helpers. Readers and editors then go through nginx; sign-in, health
// checks and the crash phase's restarts still talk to the app directly.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { alive, startService, stopService, writeNginxConfig, type Service } from "../cluster/services";

export type Front = { base: string; describe: string; stop: () => Promise<void> };

const NGINX = ["/usr/sbin/nginx", "/usr/local/sbin/nginx"];

/** The front named by `mode` ("" or "none": none; "nginx"), or null with a message when it cannot run here. */
export async function startFront(options: { mode: string; port: number; appPort: number; dir: string; log: (line: string) => void }): Promise<Front | null> {
  const { mode, port, appPort, dir, log } = options;
  if (!mode || mode === "none") return null;
  if (mode !== "nginx") throw new Error(`SOAK_FRONT=${mode}: the only front is "nginx"`);
  const nginx = NGINX.find((candidate) => existsSync(candidate));
  if (!nginx) {
    log(`SOAK_FRONT=nginx skipped: nginx is not installed (Debian/Ubuntu: \`sudo apt-get install nginx\`); running against the app directly`);
    return null;
  }
  mkdirSync(dir, { recursive: true });
  const app = `127.0.0.1:${appPort}`;
  const config = writeNginxConfig(dir, [{ listen: `127.0.0.1:${port}`, apps: [app, app] }]);
  const service: Service = startService("nginx", nginx, ["-c", config, "-e", path.join(dir, "error.log")], process.env);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (!alive(service)) throw new Error(`nginx did not start: ${service.output()}`);
    const ok = await fetch(`${base}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`nginx on ${base} did not reach the app within 10 s`);
    await sleep(200);
  }
  log(`front: nginx (deploy/nginx.conf) on ${base} → the app on ${app}`);
  return { base, describe: `through nginx on ${base}`, stop: () => stopService(service) };
}
