// `npm run test:cluster` (issue #18): Postfolio as two stateless production
// instances on shared services — the embedded PostgreSQL, Debian's
// redis-server (Next's cache), s3rver (uploads over the S3 protocol) — behind
// Debian's nginx (deploy/nginx.conf, round-robin with retry), all on loopback.
// Checks, through nginx and each instance directly:
//   1. an edit and a handle change through A show on B's next request;
//   2. an upload through A is served by B; deleted (swept), it is gone on both;
//   3. migrations, seed and sweep run once with both instances starting together;
//   4. kill -9 of A under readers and editors: no failed read, no half-done or lost write;
//   5. a bounded load through nginx: 0 errors, writes read back, 2-vs-1 throughput ratio;
//   6. Redis stopped: pages still render on both, readiness reports the cache degraded;
//   7. nginx's front cache: a publish/unpublish reaches visitors within 5 s (measured 0.4–2.6 s), dashboards never cached.
// Everything it starts it stops, also on failure or Ctrl-C. Exits 1 when a check fails.
//
// CLUSTER_PORT (3350: nginx; +1 Redis, +2 S3, +3 PostgreSQL, +4/+5 the instances,
// +6 nginx in front of A alone), CLUSTER_DATA (.data/cluster, wiped each run),
// CLUSTER_DIST_DIR (default: .next when it holds a finished build, e.g. the
// end-to-end tests', else .next-cluster, built once), CLUSTER_READERS (200),
// CLUSTER_EDITORS (20), CLUSTER_SECONDS (12 per load phase; two phases).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import sharp from "sharp";
import { startEmbeddedPostgres, type RunningDatabase } from "../lib/db/embedded";
import { DEMO_LOGIN } from "../lib/seed/demo-login";
import { hasFinishedBuild } from "./next-build";
import { buildIfMissing, run } from "./bench/app";
import { runAutocannon, stopLoad, type LoadResult } from "./bench/load";
import { checkSaves } from "./soak/checks";
import { newSaveStats, prepareEditors, runEditors, type Editor, type SaveStats } from "./soak/editors";
import { callServerAction, findActionId } from "./soak/http";
import { checkFrontCache } from "./cluster/front-cache";
import { alive, ensureTools, running, startService, stopAll, stopService, waitFor, writeNginxConfig, type Service } from "./cluster/services";

const portBase = Number(process.env.CLUSTER_PORT ?? 3350);
const ports = { nginx: portBase, redis: portBase + 1, s3: portBase + 2, postgres: portBase + 3, a: portBase + 4, b: portBase + 5, nginxOne: portBase + 6 };
const dataRoot = path.resolve(process.env.CLUSTER_DATA ?? ".data/cluster");
const distDir = process.env.CLUSTER_DIST_DIR ?? (hasFinishedBuild(".next") ? ".next" : ".next-cluster");
const readers = Number(process.env.CLUSTER_READERS ?? 200);
const editorCount = Number(process.env.CLUSTER_EDITORS ?? 20);
const loadSeconds = Math.min(Number(process.env.CLUSTER_SECONDS ?? 12), 15);
const BUCKET = "postfolio-cluster";
const SECRET = randomBytes(32).toString("base64url");
const EDITOR_PASSWORD = "bench-portfolio-2026"; // scripts/bench/seed.ts's
const url = (port: number) => `http://127.0.0.1:${port}`;
const LB = url(ports.nginx);
const A = url(ports.a);
const B = url(ports.b);

const failures: string[] = [];
const started = Date.now();
let database: RunningDatabase | undefined;

function log(message: string) {
  console.log(`[cluster] ${message}`);
}

function check(ok: boolean, what: string) {
  log(`${ok ? "PASS" : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
}

/** The environment every instance (and its start-up steps) gets: shared database, storage and cache. */
function sharedEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: database!.url,
    NEXTAUTH_SECRET: SECRET,
    NEXTAUTH_URL: LB,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: url(ports.s3),
    S3_REGION: "us-east-1",
    // s3rver's fixed credentials.
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    REDIS_URL: `redis://127.0.0.1:${ports.redis}`,
    POSTFOLIO_INSTANCES: "2",
    TRUSTED_PROXY_HOPS: "1",
  };
}

function startInstance(name: "A" | "B"): Service {
  const port = name === "A" ? ports.a : ports.b;
  return startService(`app ${name}`, process.execPath, ["--import", "tsx", "scripts/start.ts", "--strict-port"], {
    ...sharedEnv(),
    PORT: String(port),
    POSTFOLIO_DATA: path.join(dataRoot, `app-${name.toLowerCase()}`),
  });
}

async function ready(base: string): Promise<boolean> {
  const response = await fetch(`${base}/api/health/ready`, { signal: AbortSignal.timeout(5_000) });
  return response.status === 200 && ((await response.json()) as { status: string }).status === "ok";
}

type Page = { status: number; body: string; cache: string | null };

async function getPage(base: string, pathname: string, cookie?: string): Promise<Page> {
  const response = await fetch(`${base}${pathname}`, { headers: cookie ? { cookie } : {}, redirect: "manual", signal: AbortSignal.timeout(60_000) });
  return { status: response.status, body: await response.text(), cache: response.headers.get("x-nextjs-cache") };
}

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database!.url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const count = (text: string, pattern: RegExp) => (text.match(new RegExp(pattern, "g")) ?? []).length;

/** Check 3 (start-up): both instances started together; the migrations and the demo seed ran on one of them. */
async function startCluster(): Promise<{ a: Service; b: Service }> {
  log("Starting instances A and B together…");
  const a = startInstance("A");
  const b = startInstance("B");
  await Promise.all([waitFor("instance A", () => ready(A), 10 * 60_000, a), waitFor("instance B", () => ready(B), 10 * 60_000, b)]);
  const outputs = a.output() + b.output();
  check(
    count(outputs, /Applied migrations:/) === 1 && count(outputs, /Database schema is up to date/) === 1,
    `3. migrations applied by one instance; the other found nothing to do (${count(outputs, /Applied migrations:/)} applied)`,
  );
  check(count(outputs, /Seeded the demo portfolio/) === 1, "3. the demo seeded once");
  return { a, b };
}

async function checkEditsShowEverywhere(editor: Editor, saveActionId: string, handleActionId: string): Promise<string> {
  const [campaign] = await query<{ title: string }>(`SELECT title FROM "Campaign" WHERE id = $1`, [editor.campaignId]);
  const oldTitle = campaign!.title;
  for (const base of [A, B]) await getPage(base, `/${DEMO_LOGIN.handle}`);
  const cachedOnB = await getPage(B, `/${DEMO_LOGIN.handle}`);
  check(
    cachedOnB.status === 200 && cachedOnB.cache === "HIT" && cachedOnB.body.includes(oldTitle),
    `1. B serves /demo from the shared cache (x-nextjs-cache ${cachedOnB.cache})`,
  );

  const newTitle = `Cluster edit ${randomBytes(3).toString("hex")}`;
  const save = await callServerAction(
    A,
    `/dashboard/campaigns/${editor.campaignId}`,
    saveActionId,
    [{ ...editor.input, title: newTitle }],
    editor.cookie,
    60_000,
  );
  check((save.result as { ok?: boolean }).ok === true, "1. a campaign saved through A");
  const onB = await getPage(B, `/${DEMO_LOGIN.handle}`);
  check(
    onB.status === 200 && onB.body.includes(newTitle) && !onB.body.includes(oldTitle),
    `1. B's next request shows the edit made on A (x-nextjs-cache ${onB.cache})`,
  );
  const again = await getPage(B, `/${DEMO_LOGIN.handle}`);
  check(again.body.includes(newTitle), `1. and keeps showing it from the cache (x-nextjs-cache ${again.cache})`);

  const newHandle = `cluster-${randomBytes(3).toString("hex")}`;
  const change = await callServerAction(A, "/settings", handleActionId, [{ handle: newHandle }], editor.cookie, 60_000);
  check((change.result as { ok?: boolean }).ok === true, `1. handle changed through A to ${newHandle}`);
  for (const [name, base] of [
    ["A", A],
    ["B", B],
  ] as const) {
    const old = await getPage(base, `/${DEMO_LOGIN.handle}`);
    const moved = await getPage(base, `/${newHandle}`);
    check(
      old.status === 404 && moved.status === 200 && moved.body.includes(newTitle),
      `1. on ${name}: /${DEMO_LOGIN.handle} ${old.status} (freed), /${newHandle} ${moved.status}`,
    );
  }
  return newHandle;
}

async function uploadThroughA(cookie: string): Promise<{ id: string; url: string }> {
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#0ea5e9" } })
    .png()
    .toBuffer();
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(png)], { type: "image/png" }), "cluster.png");
  form.set("alt", "A blue rectangle");
  form.set("purpose", "sample");
  const response = await fetch(`${A}/api/media`, { method: "POST", body: form, headers: { cookie, origin: A } });
  if (response.status !== 201) throw new Error(`Upload through A answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  return (await response.json()) as { id: string; url: string };
}

async function fetchBytes(base: string, pathname: string, cookie: string): Promise<{ status: number; bytes: Buffer }> {
  const response = await fetch(`${base}${pathname}`, { headers: { cookie } });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** The start-up step of `npm start` (migrations, seed, sweep), as an instance runs it; its output. */
function startupStep(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/db-seed.ts"], {
      env: sharedEnv(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`db-seed exited with ${code}: ${output.slice(-1000)}`))));
  });
}

function s3Objects(): string[] {
  const dir = path.join(dataRoot, "s3", BUCKET);
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : [];
}

async function checkUploads(cookie: string) {
  const media = await uploadThroughA(cookie);
  const fromA = await fetchBytes(A, media.url, cookie);
  const fromB = await fetchBytes(B, media.url, cookie);
  check(
    fromA.status === 200 && fromB.status === 200 && fromA.bytes.length > 0 && fromA.bytes.equals(fromB.bytes),
    `2. an upload through A is served by B (${fromB.status}, ${fromB.bytes.length} bytes, same as A's)`,
  );
  check(
    s3Objects().some((name) => name.includes(media.id)),
    "2. the file is in the S3 store, not on an instance's disk",
  );

  // Never attached to an item: the start-up sweep removes it a day later. Two start-ups at once sweep once.
  await query(`UPDATE "Media" SET "createdAt" = now() - interval '2 days' WHERE id = $1`, [media.id]);
  const outputs = await Promise.all([startupStep(), startupStep()]);
  const removals = outputs.map((output) => /Removed (\d+) abandoned upload/.exec(output)?.[1]).filter(Boolean);
  check(
    removals.length === 1 && removals[0] === "1",
    `3. two start-ups at once: the sweep removed the abandoned upload once (${removals.length} removal report(s): ${removals.join(", ") || "none"})`,
  );
  const goneA = await fetchBytes(A, media.url, cookie);
  const goneB = await fetchBytes(B, media.url, cookie);
  check(goneA.status === 404 && goneB.status === 404, `2. the deleted upload is gone on both (A ${goneA.status}, B ${goneB.status})`);
  check(!s3Objects().some((name) => name.includes(media.id)), "2. and its file is gone from the S3 store");
}

const errorsText = (stats: SaveStats) =>
  stats.errors.size
    ? [...stats.errors]
        .map(
          ([name, n]) =>
            `${n}× ${name
              .replace(/<[^>]*>/g, " ")
              .replace(/\s+/g, " ")
              .trim()}`,
        )
        .join(", ")
    : "0";
const loadText = (load: LoadResult) =>
  `${load.rps.toFixed(0)} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms, ${load.requests} requests, ${load.errors} errors (${load.timeouts} timeouts), ${load.non2xx} non-2xx`;

async function checkCrash(a: Service, editors: Editor[], saveActionId: string, page: string): Promise<Service> {
  log(`4. kill -9 of A under ${Math.min(readers, 50)} readers and ${editors.length} editors through nginx…`);
  const stats = newSaveStats();
  let stop = false;
  const editing = runEditors(editors, stats, { base: LB, actionId: saveActionId, timeoutMs: 60_000, until: () => stop });
  const reading = runAutocannon(`${LB}${page}`, { connections: Math.min(readers, 50), seconds: 10, timeoutSeconds: 30 });
  await sleep(3_000);
  const exited = new Promise((resolve) => a.child.once("exit", resolve));
  process.kill(-a.child.pid!, "SIGKILL");
  await exited;
  log("   A killed (its whole process group: npm start's wrapper and its Next server)");
  const load = await reading;
  stop = true;
  await editing;
  log(`   readers: ${loadText(load)}; saves: ${stats.acked} acknowledged, errors ${errorsText(stats)}`);
  check(load.errors === 0 && load.non2xx === 0, "4. readers saw no failed request (nginx retried on B)");
  const problems = await withClient((client) => checkSaves(client, editors));
  check(
    problems.length === 0,
    `4. no write half-done, every acknowledged write there (${problems.slice(0, 3).join("; ") || `${stats.acked} acknowledged, all present`})`,
  );
  await stopService(a);
  log("   restarting A…");
  const restarted = startInstance("A");
  await waitFor("instance A after the crash", () => ready(A), 10 * 60_000, restarted);
  check(true, "4. A restarted and ready");
  return restarted;
}

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: database!.url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function loadPhase(base: string, page: string, editors: Editor[], saveActionId: string, label: string): Promise<LoadResult> {
  const stats = newSaveStats();
  const readBack = new pg.Pool({ connectionString: database!.url, max: 4 });
  const until = Date.now() + loadSeconds * 1000;
  const [load] = await Promise.all([
    runAutocannon(`${base}${page}`, { connections: readers, seconds: loadSeconds, timeoutSeconds: 30 }),
    runEditors(editors, stats, { base, actionId: saveActionId, timeoutMs: 60_000, until: () => Date.now() >= until, readBack }),
  ]);
  await readBack.end();
  log(`   ${label}: readers ${loadText(load)}; saves ${stats.acked} acknowledged, errors ${errorsText(stats)}`);
  check(load.errors === 0 && load.non2xx === 0, `5. ${label}: readers 0 errors`);
  check(stats.errors.size === 0, `5. ${label}: saves 0 errors (${errorsText(stats)})`);
  check(
    stats.readBackFailures.length === 0,
    `5. ${label}: every acknowledged save read back (${stats.acked}; ${stats.readBackFailures.slice(0, 2).join("; ") || "all matched"})`,
  );
  return load;
}

async function main() {
  log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, load ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(" ")}; ports ${portBase}–${portBase + 6}, data ${dataRoot}, build ${distDir}`,
  );
  const tools = ensureTools(log);
  rmSync(dataRoot, { recursive: true, force: true });

  database = await startEmbeddedPostgres({ dataDir: path.join(dataRoot, "postgres"), port: ports.postgres, log });
  log(`PostgreSQL on ${new URL(database.url).port}`);
  const redis = startService(
    "redis",
    tools.redis,
    ["--port", String(ports.redis), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"],
    process.env,
  );
  const s3 = startService(
    "s3",
    process.execPath,
    ["--import", "tsx", "scripts/cluster/s3-server.ts", String(ports.s3), path.join(dataRoot, "s3"), BUCKET],
    process.env,
  );
  await waitFor("s3rver", async () => s3.output().includes("listening"), 60_000, s3);
  await waitFor("redis-server", async () => redis.output().includes("Ready to accept connections"), 30_000, redis);

  await buildIfMissing(distDir, { ...sharedEnv(), NEXTAUTH_URL: LB }, log);
  const nginxConfig = writeNginxConfig(path.join(dataRoot, "nginx"), [
    { listen: `127.0.0.1:${ports.nginx}`, apps: [`127.0.0.1:${ports.a}`, `127.0.0.1:${ports.b}`] },
    // The same configuration with A alone, for the one-instance throughput.
    { listen: `127.0.0.1:${ports.nginxOne}`, apps: [`127.0.0.1:${ports.a}`, `127.0.0.1:${ports.a}`] },
  ]);
  const nginx = startService("nginx", tools.nginx, ["-c", nginxConfig, "-e", path.join(dataRoot, "nginx", "error.log")], process.env);
  await sleep(500);
  if (!alive(nginx)) throw new Error(`nginx did not start: ${nginx.output()}`);

  let { a } = await startCluster();
  const saveActionId = findActionId(distDir, "lib/campaigns/actions.ts", "saveCampaignAction");
  const handleActionId = findActionId(distDir, "lib/auth/actions.ts", "changeHandleAction");

  const [owner] = await prepareEditors(LB, database.url, [{ email: DEMO_LOGIN.email, password: DEMO_LOGIN.password }]);
  const page = `/${await checkEditsShowEverywhere(owner!, saveActionId, handleActionId)}`;
  await checkFrontCache({
    lb: LB,
    page,
    ownerCookie: owner!.cookie,
    visibilityActionId: findActionId(distDir, "lib/publishing/actions.ts", "setVisibilityAction"),
    check,
    log,
  });
  await checkUploads(owner!.cookie);

  const handles = Array.from({ length: editorCount }, (_, i) => `cluster-editor-${i + 1}`);
  log(`Seeding ${editorCount} editor accounts (copies of the demo)…`);
  await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench/seed.ts", path.join(dataRoot, "seeded.json")], {
    ...sharedEnv(),
    BENCH_SEED_PLAN: JSON.stringify({ largeItems: 0, portfolios: handles.map((handle) => ({ handle, size: "medium" })) }),
  });
  const editors = await prepareEditors(
    LB,
    database.url,
    handles.map((handle) => ({ email: `${handle}@bench.postfolio.test`, password: EDITOR_PASSWORD })),
  );

  a = await checkCrash(a, editors, saveActionId, page);

  log(
    `5. load through nginx: ${readers} readers on ${page} and ${editors.length} editors, ${loadSeconds} s with two instances, then ${loadSeconds} s with A alone`,
  );
  await runAutocannon(`${LB}${page}`, { connections: 20, seconds: 2 }); // warm both instances' connections
  const two = await loadPhase(LB, page, editors, saveActionId, "two instances");
  const one = await loadPhase(url(ports.nginxOne), page, editors, saveActionId, "one instance");
  const problems = await withClient((client) => checkSaves(client, editors));
  check(problems.length === 0, `5. after the load every editor's campaign holds its last acknowledged save (${problems.slice(0, 3).join("; ") || "all"})`);
  log(
    `5. page throughput, two instances ÷ one: ${(two.rps / one.rps).toFixed(2)} (${two.rps.toFixed(0)} vs ${one.rps.toFixed(0)} req/s; on ${os.cpus().length} cores little gain is expected)`,
  );
  void a;
  await checkRedisDown(page);
}

/** Redis stops: pages still render (from the database) on both, and readiness says the cache is degraded. */
async function checkRedisDown(page: string) {
  const redis = running("redis");
  await stopService(redis);
  for (const [name, base] of [
    ["A", A],
    ["B", B],
  ] as const) {
    const reading = await getPage(base, page);
    const health = await fetch(`${base}/api/health/ready`);
    const report = (await health.json()) as { status: string; cache: string };
    check(
      reading.status === 200 && health.status === 200 && report.status === "degraded" && report.cache === "degraded",
      `6. Redis down: ${name} still serves ${page} (${reading.status}), /api/health/ready ${health.status} ${JSON.stringify(report)}`,
    );
  }
  const throughLb = await getPage(LB, page);
  check(throughLb.status === 200, `6. Redis down: ${page} through nginx ${throughLb.status}`);
}

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  stopLoad();
  await stopAll();
  await database?.stop().catch(() => {});
  log(`Stopped everything; ${((Date.now() - started) / 1000).toFixed(0)} s in all.`);
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(130));
process.on("SIGTERM", () => void shutdown(143));

main().then(
  () => {
    log(failures.length ? `${failures.length} check(s) failed:\n  ${failures.join("\n  ")}` : "All checks passed.");
    return shutdown(failures.length ? 1 : 0);
  },
  (error: unknown) => {
    console.error(`[cluster] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return shutdown(1);
  },
);
