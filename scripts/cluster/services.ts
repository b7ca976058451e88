// The shared services and processes of `npm run test:cluster`, each started in
// its own process group so that it can be stopped whole, also on failure or
// Ctrl-C: redis-server and nginx from Debian (installed with apt when missing,
// as scripts/ensure-browser.ts does for chromium), s3rver, the app instances.
import { execSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export type Service = { name: string; child: ChildProcess; output: () => string };

const services: Service[] = [];

/** The running service named `name` (throws when there is none). */
export function running(name: string): Service {
  const service = services.find((candidate) => candidate.name === name);
  if (!service) throw new Error(`No running service ${name}`);
  return service;
}

const TOOLS = { "redis-server": ["/usr/bin/redis-server", "/usr/local/bin/redis-server"], nginx: ["/usr/sbin/nginx", "/usr/local/sbin/nginx"] } as const;

function findTool(name: keyof typeof TOOLS): string | undefined {
  return TOOLS[name].find((candidate) => existsSync(candidate));
}

/** redis-server and nginx, installed from Debian's packages when missing and we are root (CI). */
export function ensureTools(log: (line: string) => void): { redis: string; nginx: string } {
  let redis = findTool("redis-server");
  let nginx = findTool("nginx");
  if ((!redis || !nginx) && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    const packages = [redis ? "" : "redis-server", nginx ? "" : "nginx"].filter(Boolean).join(" ");
    log(`Installing ${packages} with apt-get…`);
    // policy-rc.d answer 101: the packages' own services are not started (we start our own, on our ports).
    const policy = "/usr/sbin/policy-rc.d";
    const hadPolicy = existsSync(policy);
    if (!hadPolicy) writeFileSync(policy, "#!/bin/sh\nexit 101\n", { mode: 0o755 });
    try {
      execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, { stdio: "inherit" });
    } finally {
      if (!hadPolicy) execSync(`rm -f ${policy}`);
    }
    redis = findTool("redis-server");
    nginx = findTool("nginx");
  }
  if (!redis || !nginx) {
    throw new Error(
      `Needs redis-server and nginx (Debian/Ubuntu: \`sudo apt-get install redis-server nginx\`); missing: ${[redis ? "" : "redis-server", nginx ? "" : "nginx"].filter(Boolean).join(", ")}`,
    );
  }
  return { redis, nginx };
}

/** Starts a process in its own group, its output kept (and shown with a prefix when `echo`). */
export function startService(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, echo = false): Service {
  let output = "";
  const child = spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"], env });
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 2_000_000) output = output.slice(-1_000_000);
      if (echo) for (const line of chunk.toString().split("\n").filter(Boolean)) console.log(`  [${name}] ${line}`);
    });
  }
  const service = { name, child, output: () => output };
  services.push(service);
  return service;
}

export function alive(service: Service): boolean {
  return service.child.exitCode === null && service.child.signalCode === null;
}

/** SIGTERM to the group, SIGKILL after `graceMs`. */
export async function stopService(service: Service, graceMs = 15_000): Promise<void> {
  const index = services.indexOf(service);
  if (index >= 0) services.splice(index, 1);
  if (!alive(service) || !service.child.pid) return;
  const exited = new Promise((resolve) => service.child.once("exit", resolve));
  try {
    process.kill(-service.child.pid, "SIGTERM");
  } catch {
    return;
  }
  if ((await Promise.race([exited, sleep(graceMs, "timeout")])) === "timeout") {
    try {
      process.kill(-service.child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

/** Everything still running, newest first (the app before the services it uses). */
export async function stopAll(): Promise<void> {
  for (const service of [...services].reverse()) await stopService(service);
}

export async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs: number, service?: Service): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service && !alive(service)) throw new Error(`${service.name} exited while waiting for ${what}:\n${service.output().slice(-3000)}`);
    if (await probe().catch(() => false)) return;
    await sleep(300);
  }
  throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`);
}

/** deploy/nginx.conf with its placeholders filled (each block its own front-cache folder under `dir`), inside a main config for a foreground nginx that writes only under `dir`. */
export function writeNginxConfig(dir: string, servers: { listen: string; apps: [string, string] }[]): string {
  mkdirSync(path.join(dir, "temp"), { recursive: true });
  const example = readFileSync("deploy/nginx.conf", "utf8");
  const blocks = servers.map(({ listen, apps }, index) =>
    example
      .replaceAll("{{LISTEN}}", listen)
      .replaceAll("{{APP_A}}", apps[0])
      .replaceAll("{{APP_B}}", apps[1])
      .replaceAll("{{CACHE_DIR}}", path.join(dir, `cache-${index}`))
      .replaceAll("upstream postfolio", `upstream postfolio_${index}`)
      .replaceAll("http://postfolio;", `http://postfolio_${index};`)
      // http-level names must be unique when the file is included once per server block.
      .replaceAll("postfolio_reading", `postfolio_reading_${index}`)
      .replaceAll("$postfolio_signed_in", `$postfolio_signed_in_${index}`)
      .replaceAll("$postfolio_gzip", `$postfolio_gzip_${index}`),
  );
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, "temp", name)};`;
  const main = [
    process.getuid?.() === 0 ? "user root;" : "",
    "daemon off;",
    "worker_processes 1;",
    `pid ${path.join(dir, "nginx.pid")};`,
    `error_log ${path.join(dir, "error.log")} warn;`,
    "events { worker_connections 4096; }",
    "http {",
    "  access_log off;",
    `  ${temp("client_body")} ${temp("proxy")} ${temp("fastcgi")} ${temp("uwsgi")} ${temp("scgi")}`,
    ...blocks,
    "}",
  ].join("\n");
  const file = path.join(dir, "nginx.conf");
  writeFileSync(file, main);
  return file;
}
