// `npm run bench:imports`: how fast and how lean the import preview is (issue #20): a
// 100,000-row CSV and a 50 MB ZIP go through scanFile, the function POST /api/imports/preview
// runs. Each file is measured in a fresh child process (time, and peak RSS growth over the
// process's RSS before the parse), so one run's garbage does not weigh on the next.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { zipSync } from "fflate";

const child = process.argv[2] === "--child";

function postRows(count: number): string {
  const header =
    "Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves\n";
  const rows: string[] = [header];
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    rows.push(
      `1803456789${String(i).padStart(7, "0")},17841400000000001,northwindcafe,Northwind Café,"Post ${i}: spring menu\nline two #coffee",0,03/${day}/2025 22:00,https://www.instagram.com/p/C${i}/,IG image,,Lifetime,"${(i % 90) + 1},${String(i % 1000).padStart(3, "0")}","${i % 9000}",${i % 800},${i % 50},${i % 9},${i % 70},${i % 120}\n`,
    );
  }
  return rows.join("");
}

async function measure(file: string): Promise<void> {
  const { scanFile } = await import("../lib/imports/scan");
  const bytes = new Uint8Array(readFileSync(file));
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const preview = scanFile(bytes);
  const ms = performance.now() - started;
  const peak = process.resourceUsage().maxRSS * 1024;
  const rows = preview.tables.reduce((sum, table) => sum + table.rowCount, 0);
  console.log(JSON.stringify({ ms, growthMb: Math.max(0, peak - before) / 1024 / 1024, rows, tables: preview.tables.length, skipped: preview.skipped.length }));
}

async function main(): Promise<void> {
  if (child) return measure(process.argv[3]!);
  const dir = mkdtempSync(path.join(tmpdir(), "postfolio-bench-imports-"));
  try {
    const csv = path.join(dir, "posts.csv");
    writeFileSync(csv, postRows(100_000));
    const zip = path.join(dir, "export.zip");
    // 50 MB: a large post export stored as exports are, plus media files we skip (not parsed, but read).
    const content = new TextEncoder().encode(postRows(100_000));
    const filler = Math.max(0, 50 * 1024 * 1024 - content.length);
    writeFileSync(zip, zipSync({ "Content.csv": [content, { level: 0 }], "media/clip.mp4": [randomBytes(filler), { level: 0 }] }));
    const results: [string, string][] = [
      [`CSV, 100,000 rows (${(readFileSync(csv).length / 1e6).toFixed(1)} MB)`, csv],
      [`ZIP, ${(readFileSync(zip).length / 1024 / 1024).toFixed(1)} MB (the 100,000-row CSV + 29 MB of media)`, zip],
    ];
    console.log("| file | preview time | peak RSS growth | rows counted |\n| --- | --- | --- | --- |");
    for (const [label, file] of results) {
      const out = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", import.meta.filename, "--child", file], { encoding: "utf8" });
      const figures = JSON.parse(out.trim().split("\n").pop()!) as { ms: number; growthMb: number; rows: number };
      console.log(`| ${label} | ${(figures.ms / 1000).toFixed(2)} s | ${figures.growthMb.toFixed(0)} MB | ${figures.rows.toLocaleString("en")} |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // The other direction: a large account's export, its preview and its import (scripts/bench-export.ts).
  const { benchExport } = await import("./bench-export");
  await benchExport();
}

await main();
