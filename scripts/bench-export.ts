// The "Export and move" half of `npm run bench:imports` (issue #20, Speed and memory): a large
// account is seeded into a fresh embedded PostgreSQL (batched inserts, real files through
// lib/storage, images made by sharp), then three steps are measured, each in a fresh child
// process so that one step's garbage does not weigh on the next:
//   export  — exportArchive, the function GET /api/export streams, piped to a file on disk;
//   preview — the upload streamed from that file to a temporary file (lib/export/upload.ts), then readExportZip
//             reading the temporary file in chunks: what POST /api/export/import/preview does;
//   import  — the same upload, then importPortfolioExport into a new account from the temporary file: what POST
//             /api/export/import does. Neither step holds the ZIP in memory; their growth includes the upload.
// Each reports wall time and peak RSS growth over the RSS before the step (a worker thread samples
// process.memoryUsage.rss() every 50 ms, so a synchronous step is sampled too); every statement
// the child sends goes through scripts/bench/proxy.ts, which counts them.
//
// BENCH_EXPORT_DATA (.data/bench-export, wiped each run), BENCH_EXPORT_SAMPLES (5000),
// BENCH_EXPORT_CAMPAIGNS (1000), BENCH_EXPORT_MEDIA (300); BENCH_EXPORT_TRACE=1 first prints where
// the export's memory goes (the read, the document as one JSON string, its UTF-8 bytes).
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Worker } from "node:worker_threads";

const sizes = {
  samples: Number(process.env.BENCH_EXPORT_SAMPLES ?? 5000),
  campaigns: Number(process.env.BENCH_EXPORT_CAMPAIGNS ?? 1000),
  media: Number(process.env.BENCH_EXPORT_MEDIA ?? 300),
};
const METRICS_PER_CAMPAIGN = 3;
const SERIES_DAYS = 90;
const CASE_STUDIES = 20;
/** Distinct images sharp makes; the media files reuse them under their own keys (sharp at ~0.5 s an image is the seed's slowest part). */
const DISTINCT_IMAGES = 12;

type Seeded = { ownerId: string; newcomerId: string; storedBytes: number; storedFiles: number; seedMs: number };
type Step = { ms: number; growthMb: number; bytes?: number; detail?: Record<string, number>; error?: string };

// ---------------------------------------------------------------- child: peak RSS sampler

/** Samples the process's RSS every 50 ms from a worker thread (it runs while the main thread is busy); `stop()` gives the peak. */
function startRssSampler(): { stop(): Promise<number> } {
  const worker = new Worker(
    `const { parentPort } = require("node:worker_threads");
     let peak = process.memoryUsage.rss();
     const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 50);
     parentPort.on("message", () => { clearInterval(timer); peak = Math.max(peak, process.memoryUsage.rss()); parentPort.postMessage(peak); });`,
    { eval: true },
  );
  return {
    stop: () =>
      new Promise<number>((resolve) => {
        worker.once("message", (peak: number) => {
          void worker.terminate();
          resolve(peak);
        });
        worker.postMessage("stop");
      }),
  };
}

async function measureStep(work: () => Promise<Pick<Step, "bytes" | "detail"> | void>): Promise<Step> {
  const sampler = startRssSampler();
  await new Promise((resolve) => setTimeout(resolve, 200)); // the worker is up and has sampled
  globalThis.gc?.();
  const before = process.memoryUsage.rss();
  const started = performance.now();
  let extra: Pick<Step, "bytes" | "detail"> | void;
  try {
    extra = await work();
  } catch (error) {
    await sampler.stop(); // a live worker would keep the process from exiting
    throw error;
  }
  const ms = performance.now() - started;
  const peak = await sampler.stop();
  return { ms, growthMb: Math.max(0, peak - before) / 1024 / 1024, ...extra };
}

// ---------------------------------------------------------------- child: seed

async function seed(out: string): Promise<void> {
  const started = performance.now();
  const { default: sharp } = await import("sharp");
  const { db } = await import("../lib/db/client");
  const { createUser } = await import("../lib/seed/factories");
  const { storage } = await import("../lib/storage");
  const { importKey } = await import("../lib/storage/keys");
  const { storeImageMedia } = await import("../lib/seed/media");
  const prisma = db();
  const owner = await createUser(prisma, { name: "Large Account" });
  const newcomer = await createUser(prisma, { name: "Newcomer" });
  const { id: portfolioId } = await prisma.portfolio.findUniqueOrThrow({ where: { userId: owner.id }, select: { id: true } });
  const platforms = ["INSTAGRAM", "TIKTOK", "LINKEDIN", "FACEBOOK", "YOUTUBE", "X"] as const;
  const formats = ["IMAGE_POST", "CAROUSEL", "SHORT_VIDEO", "STORY", "TEXT_POST"] as const;
  const kinds = ["REACH", "IMPRESSIONS", "ENGAGEMENTS", "CLICKS", "FOLLOWERS"] as const;
  const at = <T>(list: readonly T[], i: number) => list[i % list.length]!;
  const day = (offset: number) => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000);
  const iso = (offset: number) => day(offset).toISOString().slice(0, 10);
  let storedBytes = 0;
  let storedFiles = 0;
  const put = async (key: string, bytes: Uint8Array, type: string) => {
    await storage().put(key, bytes, type);
    storedBytes += bytes.byteLength;
    storedFiles++;
  };

  // Three platform imports whose original files are kept as evidence (small CSVs).
  const imports = await Promise.all(
    [0, 1, 2].map(async (i) => {
      const id = randomUUID();
      const csv = new TextEncoder().encode(`Date,Impressions\n${Array.from({ length: 365 }, (_, d) => `${iso(d)},${1000 + d * i}`).join("\n")}\n`);
      await put(importKey(owner.id, id), csv, "application/octet-stream");
      await prisma.analyticsImport.create({
        data: {
          id,
          userId: owner.id,
          platform: at(platforms, i),
          reports: ["posts"],
          rangeStart: day(0),
          rangeEnd: day(364),
          fileType: "csv",
          fileBytes: csv.byteLength,
          fileKey: importKey(owner.id, id),
        },
      });
      return id;
    }),
  );

  const campaignIds = Array.from({ length: sizes.campaigns }, () => randomUUID());
  await prisma.campaign.createMany({
    data: campaignIds.map((id, i) => ({
      id,
      portfolioId,
      position: i,
      title: `Always-on programme, wave ${i + 1}`,
      client: `Client ${(i % 37) + 1}`,
      workKind: "FREELANCE" as const,
      platforms: [at(platforms, i), at(platforms, i + 1)],
      startDate: day(i % 300),
      endDate: day((i % 300) + SERIES_DAYS - 1),
      objective: "ENGAGEMENT" as const,
      budget: 500 + (i % 10) * 100,
      currency: "EUR",
      summary: "Weekly short-form video and carousel posts with a monthly community Q&A, reported against a fixed baseline. ".repeat(3),
    })),
  });
  await prisma.metric.createMany({
    data: campaignIds.flatMap((campaignId, i) =>
      Array.from({ length: METRICS_PER_CAMPAIGN }, (_, m) => ({
        campaignId,
        position: m,
        kind: at(kinds, i + m),
        value: 10_000 + i * 37 + m * 1_000,
        baseline: m === 0 ? 8_000 + i * 11 : null,
        periodStart: day(i % 300),
        periodEnd: day((i % 300) + SERIES_DAYS - 1),
        source: "ANALYTICS_EXPORT" as const,
        importId: m === 0 ? at(imports, i) : null,
        series: Array.from({ length: SERIES_DAYS }, (_, d) => ({ date: iso((i % 300) + d), value: 100 + ((i * 7 + d * 13) % 500) })),
      })),
    ),
  });

  const sampleIds = Array.from({ length: sizes.samples }, () => randomUUID());
  await prisma.contentSample.createMany({
    data: sampleIds.map((id, i) => ({
      id,
      portfolioId,
      position: i,
      platform: at(platforms, i),
      format: at(formats, i),
      title: `Post ${i + 1}: spring menu launch`,
      caption: `Our spring menu is here 🌸 Come taste the new cold brew and tell us your favourite. Post ${i + 1}.\nSecond line of the caption.`,
      hashtags: ["coffee", "spring", `wave${i % 50}`],
      postedAt: day(i % 700),
      url: `https://www.instagram.com/p/C${i}/`,
      campaignId: i % 3 === 0 ? at(campaignIds, i) : null,
      workKind: "CLIENT" as const,
      client: `Client ${(i % 37) + 1}`,
      reach: 1000 + i,
      impressions: 1500 + i,
      likes: i % 800,
      comments: i % 70,
      shares: i % 50,
      saves: i % 120,
      importId: i % 10 === 0 ? at(imports, i) : null,
    })),
  });

  // Real WebP files made by sharp (noise does not compress: ~330 kB each, as photos are), one per sample.
  const images = await Promise.all(
    Array.from({ length: DISTINCT_IMAGES }, async (_, i) => {
      const display = await sharp({
        create: { width: 1000, height: 750, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 100 + i * 5, sigma: 40 } },
      })
        .webp({ quality: 75 })
        .toBuffer();
      const thumb = await sharp(display).resize(320).webp({ quality: 70 }).toBuffer();
      return { display: new Uint8Array(display), thumb: new Uint8Array(thumb), width: 1000, height: 750 };
    }),
  );
  const mediaRows = [];
  for (let i = 0; i < sizes.media; i++) {
    const image = at(images, i);
    const row = await storeImageMedia(owner.id, randomUUID(), image);
    storedBytes += image.display.byteLength + image.thumb.byteLength;
    storedFiles += 2;
    mediaRows.push({
      ...row,
      width: image.width,
      height: image.height,
      alt: `Photo for post ${i + 1}`,
      contentSampleId: sampleIds[i % sampleIds.length]!,
      position: 0,
    });
  }
  await prisma.media.createMany({ data: mediaRows });

  // Case studies that link campaigns and samples (the links are rows of the implicit join tables).
  for (let s = 0; s < CASE_STUDIES; s++) {
    await prisma.caseStudy.create({
      data: {
        portfolioId,
        position: s,
        title: `Case study ${s + 1}`,
        slug: `case-study-${s + 1}`,
        challenge: "Reach had stalled for a year. ".repeat(20),
        strategy: "Short-form video three times a week. ".repeat(20),
        keyResults: { create: [0, 1].map((position) => ({ position, kind: at(kinds, s + position), value: 20_000 + s, baseline: 10_000 })) },
        campaigns: { connect: campaignIds.slice(s * 5, s * 5 + 5).map((id) => ({ id })) },
        samples: { connect: sampleIds.slice(s * 10, s * 10 + 10).map((id) => ({ id })) },
      },
    });
  }
  for (let c = 0; c < 2; c++) {
    await prisma.calendar.create({
      data: {
        portfolioId,
        position: c,
        title: `Content calendar ${c + 1}`,
        startMonth: day(c * 31),
        endMonth: day(c * 31 + 90),
        entries: {
          create: Array.from({ length: 100 }, (_, e) => ({
            date: day(c * 31 + (e % 90)),
            platform: at(platforms, e),
            format: at(formats, e),
            topic: `Topic ${e}`,
            position: e,
          })),
        },
      },
    });
  }
  await prisma.experience.createMany({
    data: Array.from({ length: 10 }, (_, i) => ({
      portfolioId,
      position: i,
      role: `Social media manager ${i}`,
      organization: `Agency ${i}`,
      kind: "JOB" as const,
      startDate: day(i * 100),
    })),
  });
  await prisma.skill.createMany({ data: Array.from({ length: 20 }, (_, i) => ({ portfolioId, position: i, name: `Skill ${i}`, category: "SKILL" as const })) });
  await prisma.certification.createMany({
    data: Array.from({ length: 10 }, (_, i) => ({ portfolioId, position: i, name: `Certificate ${i}`, issuer: "HubSpot" })),
  });
  await prisma.education.createMany({ data: Array.from({ length: 3 }, (_, i) => ({ portfolioId, position: i, school: `School ${i}` })) });

  const seeded: Seeded = { ownerId: owner.id, newcomerId: newcomer.id, storedBytes, storedFiles, seedMs: performance.now() - started };
  writeFileSync(out, JSON.stringify(seeded));
  await prisma.$disconnect();
}

// ---------------------------------------------------------------- child: the three measured steps

async function exportStep(userId: string, zipPath: string): Promise<Step> {
  const { exportArchive } = await import("../lib/export/archive");
  const { db } = await import("../lib/db/client");
  await db().$connect();
  const labels = {
    header: ["time", "recipient", "company", "target", "referrer", "country", "device", "visitor"] as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ],
    publicPage: "public page",
  };
  const step = await measureStep(async () => {
    const body = await exportArchive(userId, labels);
    await pipeline(Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>), createWriteStream(zipPath));
    return { bytes: statSync(zipPath).size };
  }).finally(() => db().$disconnect());
  return step;
}

/**
 * The upload as the route receives it: a POST whose body streams from the ZIP on disk (as a browser sends a file), so
 * the step measures lib/export/upload.ts writing it to a temporary file, then the reader going through that file.
 */
function uploadRequest(zipPath: string, url: string): Request {
  return new Request(url, {
    method: "POST",
    body: Readable.toWeb(createReadStream(zipPath)) as ReadableStream<Uint8Array>,
    headers: { "content-type": "application/zip", "content-length": String(statSync(zipPath).size) },
    duplex: "half",
  } as RequestInit);
}

async function previewStep(zipPath: string): Promise<Step> {
  const { readExportZip } = await import("../lib/export/read");
  const { defaultUploadLimits, withUploadedExport } = await import("../lib/export/upload");
  return measureStep(async () => {
    const request = uploadRequest(zipPath, "http://localhost/api/export/import/preview");
    const { counts, bytes } = await withUploadedExport(request, defaultUploadLimits(), async (file) => ({
      counts: (await readExportZip(file)).counts,
      bytes: file.bytes,
    }));
    return { bytes, detail: counts };
  });
}

async function importStep(userId: string, zipPath: string): Promise<Step> {
  const { importPortfolioExport } = await import("../lib/export/mutations");
  const { defaultUploadLimits, withUploadedExport } = await import("../lib/export/upload");
  const { db } = await import("../lib/db/client");
  await db().$connect();
  const step = await measureStep(async () => {
    const request = uploadRequest(zipPath, "http://localhost/api/export/import?replaceProfile=1");
    const bytes = await withUploadedExport(request, defaultUploadLimits(), async (file) => {
      try {
        await importPortfolioExport(userId, file, { replaceProfile: true });
      } catch (error) {
        // The last call, after the commit, invalidates Next's cache, which exists only inside Next.
        if (!(error instanceof Error && error.message.includes("static generation store missing"))) throw error;
      }
      return file.bytes;
    });
    return { bytes };
  }).finally(() => db().$disconnect());
  return step;
}

// ---------------------------------------------------------------- parent

/** Runs a step in a fresh process. Asynchronously: the counting proxy lives in this process and must keep forwarding. */
function runChild(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", "--conditions=react-server", "--import", "tsx", import.meta.filename, ...args], {
      env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`bench-export ${args[0]} exited with ${code}`))));
  });
}

const lastJson = <T>(out: string) => JSON.parse(out.trim().split("\n").pop()!) as T;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Statement counts by what they do and to which table: "INSERT ContentSample × 1". */
function summarise(statements: { sql: string }[]): string {
  const groups = new Map<string, number>();
  for (const { sql } of statements) {
    const verb = sql.trim().split(/\s+/)[0]!.toUpperCase();
    const table = /(?:INTO|FROM|UPDATE)\s+"(?:public"\.")?(\w+)"/i.exec(sql)?.[1];
    const key = table ? `${verb} ${table}` : verb;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups].map(([key, count]) => `${key} × ${count}`).join(", ");
}

/** What an account holds, read directly (not through the proxy, so the steps' statement counts stay theirs). */
async function countRows(url: string, userId: string): Promise<string> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM "Campaign" c JOIN "Portfolio" p ON p.id = c."portfolioId" WHERE p."userId" = $1) AS campaigns,
              (SELECT count(*)::int FROM "Metric" m JOIN "Campaign" c ON c.id = m."campaignId" JOIN "Portfolio" p ON p.id = c."portfolioId" WHERE p."userId" = $1) AS metrics,
              (SELECT count(*)::int FROM "ContentSample" s JOIN "Portfolio" p ON p.id = s."portfolioId" WHERE p."userId" = $1) AS samples,
              (SELECT count(*)::int FROM "Media" WHERE "userId" = $1) AS media,
              (SELECT count(*)::int FROM "_CampaignToCaseStudy" l JOIN "Campaign" c ON c.id = l."A" JOIN "Portfolio" p ON p.id = c."portfolioId" WHERE p."userId" = $1) AS "caseStudyLinks"`,
      [userId],
    );
    return Object.entries(rows[0]!)
      .map(([key, value]) => `${value} ${key}`)
      .join(", ");
  } finally {
    await client.end();
  }
}

export async function benchExport(): Promise<void> {
  const { startEmbeddedPostgres } = await import("../lib/db/embedded");
  const { applyMigrations } = await import("../lib/db/migrate");
  const { startCountingProxy } = await import("./bench/proxy");
  const dataRoot = path.resolve(process.env.BENCH_EXPORT_DATA ?? ".data/bench-export");
  rmSync(dataRoot, { recursive: true, force: true });
  mkdirSync(dataRoot, { recursive: true });
  const database = await startEmbeddedPostgres({ dataDir: path.join(dataRoot, "postgres"), port: 55400, log: () => {} });
  const proxy = await startCountingProxy({ host: new URL(database.url).hostname, port: Number(new URL(database.url).port) });
  try {
    await applyMigrations(database.url);
    const viaProxy = new URL(database.url);
    viaProxy.port = String(proxy.port);
    const env = { ...process.env, DATABASE_URL: viaProxy.toString(), STORAGE_DIR: path.join(dataRoot, "uploads") };
    const zipPath = path.join(dataRoot, "export.zip");
    const seededPath = path.join(dataRoot, "seeded.json");

    console.log(
      `\nExport and move: seeding a large account (${sizes.samples.toLocaleString("en")} samples, ${sizes.campaigns.toLocaleString("en")} campaigns × ${METRICS_PER_CAMPAIGN} metrics with ${SERIES_DAYS}-day series, ${sizes.media} images + thumbnails)…`,
    );
    await runChild(["--seed", seededPath], env);
    const seeded = JSON.parse(readFileSync(seededPath, "utf8")) as Seeded;
    console.log(`Seeded in ${(seeded.seedMs / 1000).toFixed(1)} s: ${seeded.storedFiles} stored files, ${mb(seeded.storedBytes)} in storage.\n`);

    const counted = async (args: string[]) => {
      const from = proxy.statements.length;
      const step = lastJson<Step>(await runChild(args, env));
      return { step, statements: proxy.statements.slice(from) };
    };
    if (process.env.BENCH_EXPORT_TRACE) await runChild(["--trace", seeded.ownerId], env);
    const exported = await counted(["--export", seeded.ownerId, zipPath]);
    const previewed = await counted(["--preview", zipPath]);
    const imported = await counted(["--import", seeded.newcomerId, zipPath]);

    console.log("| step | time | size | peak RSS growth¹ | SQL statements |\n| --- | --- | --- | --- | --- |");
    const row = (label: string, { step, statements }: { step: Step; statements: unknown[] }) =>
      console.log(
        `| ${label} | ${(step.ms / 1000).toFixed(2)} s | ${step.bytes ? mb(step.bytes) : "–"} | ${step.growthMb.toFixed(0)} MB | ${statements.length} |`,
      );
    row("export (`GET /api/export`'s exportArchive → file)", exported);
    row("import preview (upload → temp file → readExportZip)", previewed);
    row("import into a new account (upload → temp file → importPortfolioExport)", imported);
    console.log(
      "\n¹ Over the RSS before the step; for the preview and the import, including the upload streamed to a temporary file (nothing is in memory before the step).",
    );
    for (const [label, { step }] of [
      ["export", exported],
      ["preview", previewed],
      ["import", imported],
    ] as const)
      if (step.error) console.log(`\n${label} failed: ${step.error}`);
    console.log(`\nExport statements: ${summarise(exported.statements)}`);
    console.log(`Import statements: ${summarise(imported.statements)}`);
    console.log(
      `Rows in the new account: ${await countRows(database.url, seeded.newcomerId)} (the original: ${await countRows(database.url, seeded.ownerId)}).`,
    );
    console.log(
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, load average ${os
        .loadavg()
        .map((n) => n.toFixed(2))
        .join(" ")} (shared with other work).`,
    );
  } finally {
    await proxy.close();
    await database.stop().catch(() => {});
    rmSync(dataRoot, { recursive: true, force: true });
  }
}

/** A step that fails is reported as a row of the table (with its error), not as a crash of the bench. */
async function report(step: () => Promise<Step>): Promise<void> {
  try {
    console.log(JSON.stringify(await step()));
  } catch (error) {
    const detail =
      error instanceof Error ? `${error.name}: ${error.message} ${JSON.stringify((error as { fieldErrors?: unknown }).fieldErrors ?? "")}` : String(error);
    console.log(JSON.stringify({ ms: 0, growthMb: 0, error: detail }));
  }
}

async function traceStep(userId: string): Promise<Step> {
  const { readPortfolioExport } = await import("../lib/export/data");
  const { db } = await import("../lib/db/client");
  await db().portfolio.count();
  globalThis.gc?.();
  const mark = (label: string) =>
    console.error(
      `[trace] ${label}: ${(process.memoryUsage.rss() / 1048576).toFixed(0)} MB rss, heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB`,
    );
  mark("before");
  const { document } = await readPortfolioExport(userId);
  mark("after read");
  const pretty = JSON.stringify(document, null, 2);
  mark(`after pretty stringify (${(pretty.length / 1048576).toFixed(1)} MB)`);
  const compact = JSON.stringify(document);
  mark(`after compact stringify (${(compact.length / 1048576).toFixed(1)} MB)`);
  const bytes = new TextEncoder().encode(pretty);
  mark(`after encode (${bytes.length})`);
  await db().$disconnect();
  return { ms: 0, growthMb: 0 };
}

const [mode, first, second] = process.argv.slice(2);
if (mode === "--trace") await report(() => traceStep(first!));
else if (mode === "--seed") await seed(first!);
else if (mode === "--export") await report(() => exportStep(first!, second!));
else if (mode === "--preview") await report(() => previewStep(first!));
else if (mode === "--import") await report(() => importStep(first!, second!));
else if (import.meta.filename === process.argv[1]) await benchExport();
