// The benchmark's output: a table with a verdict per target, the evidence
// behind the verdicts, and a Markdown block for the README.
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import type { LoadResult } from "./load";
import { scriptWeight, type ColdRender, type ReadingPageFigures } from "./measure";
import { formatBytes, markdownTable, median, perItemRatio, verdict } from "./stats";

export type ReportInput = {
  base: string;
  distDir: string;
  cold: ColdRender[];
  cached: ColdRender;
  afterLoad: ColdRender;
  reading: ReadingPageFigures[];
  pageLoad: LoadResult;
  staticLoad: LoadResult;
  /** Issue #16's crowd: 200 connections, page and static file, each its own run. */
  crowd?: { page: LoadResult; static: LoadResult; connections: number; seconds: number; timeoutSeconds: number };
  connections: number;
  seconds: number;
  elapsedSeconds: number;
};

const TARGETS = { ratio: 0.6, queries: 3, htmlBytes: 190_000, performance: 95, crowdP99: 2000 };

// The App Router page before issue #16 (README "Speed", 2026-11-29): /demo on a quiet machine.
const BEFORE = {
  html: "376-385 kB raw, 46 kB gzip",
  js: "160 kB gzip in 10 files",
  lighthouse: "performance 71-86 (median ~78), a11y 100, best practices 96, SEO 100; LCP 3.2-3.3 s, TBT 170-570 ms",
};

function machine(): string {
  const release = existsSync("/etc/os-release") ? /PRETTY_NAME="?([^"\n]*)/.exec(readFileSync("/etc/os-release", "utf8"))?.[1] : undefined;
  return `${release ?? os.type()}, Node ${process.versions.node}, ${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(2)}`;
}

function coldSummary(renders: ColdRender[]) {
  return {
    items: median(renders.map((r) => r.items)),
    ms: median(renders.map((r) => r.ms)),
    queries: renders.map((r) => r.queries.length),
    maxQueries: Math.max(...renders.map((r) => r.queries.length)),
    html: median(renders.map((r) => Buffer.byteLength(r.html))),
  };
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const load = (result: LoadResult) => `${result.rps.toFixed(0)} req/s, p50 ${ms(result.p50)}, p99 ${ms(result.p99)}`;

const failures = (result: LoadResult) => `${result.errors - result.timeouts + result.non2xx} errors, ${result.timeouts} timeouts of ${result.requests}`;

/** "No starved readers" (issue #16): at 200 connections the page must answer every request, p99 under 2 s. */
function crowdRows(crowd: ReportInput["crowd"]): string[][] {
  if (!crowd) return [];
  const { page, connections, seconds, timeoutSeconds } = crowd;
  const label = `${connections} connections, ${seconds} s, ${timeoutSeconds} s timeout`;
  const pass = page.timeouts === 0 && page.errors === 0 && page.non2xx === 0 && page.p99 < TARGETS.crowdP99;
  return [
    [`\`/<handle>\`, ${label}`, `${load(page)}; ${failures(page)}`, `0 timeouts, p99 < ${TARGETS.crowdP99 / 1000} s`, verdict(pass)],
    [`static file, ${label}`, `${load(crowd.static)}; ${failures(crowd.static)}`, "", ""],
  ];
}

export async function printReport(input: ReportInput): Promise<void> {
  const { pageLoad, staticLoad, cached } = input;
  const medium = coldSummary(input.cold.filter((r) => r.size === "medium"));
  const large = coldSummary(input.cold.filter((r) => r.size === "large"));
  const ratio = pageLoad.rps / staticLoad.rps;
  const growth = perItemRatio(medium, large);
  const weight = await scriptWeight(input.base, cached.html);
  const copies = input.cold.length / 2;
  const htmlSize = formatBytes(Buffer.byteLength(cached.html));

  const rows: string[][] = [
    [`\`/<handle>\`, ${medium.items} items, from cache (${htmlSize} HTML)`, load(pageLoad), "", ""],
    [`static file with the same bytes (\`public/\`)`, load(staticLoad), "", ""],
    ["page req/s ÷ static req/s", ratio.toFixed(2), `≥ ${TARGETS.ratio}`, verdict(ratio >= TARGETS.ratio)],
    ...crowdRows(input.crowd),
    [
      `SQL queries, one uncached render, ${medium.items} items`,
      `${medium.maxQueries} (each of ${copies}: ${medium.queries.join(", ")})`,
      `≤ ${TARGETS.queries}`,
      verdict(medium.maxQueries <= TARGETS.queries),
    ],
    [
      `SQL queries, one uncached render, ${large.items} items`,
      `${large.maxQueries} (each of ${copies}: ${large.queries.join(", ")})`,
      `≤ ${TARGETS.queries}`,
      verdict(large.maxQueries <= TARGETS.queries),
    ],
    ["JavaScript the page loads (gzip)", `${formatBytes(weight.gzip)} in ${weight.scripts.length} files (${formatBytes(weight.bytes)} raw)`, "", ""],
    [`uncached render, ${medium.items} items (median of ${copies})`, `${ms(medium.ms)} (${formatBytes(medium.html)} HTML)`, "", ""],
    [`uncached render, ${large.items} items (median of ${copies})`, `${ms(large.ms)} (${formatBytes(large.html)} HTML)`, "", ""],
    [
      "time per item, large ÷ realistic",
      `${growth.toFixed(2)} (time ×${(large.ms / medium.ms).toFixed(2)} for items ×${(large.items / medium.items).toFixed(1)})`,
      "≤ 1 (linear or better)",
      verdict(growth <= 1),
    ],
  ];
  for (const page of input.reading) {
    const jsFiles = page.weight.scripts.length;
    rows.push(
      [
        `${page.name}: HTML (HTTP ${page.status})`,
        `${formatBytes(page.htmlBytes)} raw, ${formatBytes(page.htmlGzip)} gzip`,
        page.name === "portfolio" ? `≤ ${formatBytes(TARGETS.htmlBytes)} raw (was ${BEFORE.html})` : "",
        page.name === "portfolio" ? verdict(page.htmlBytes <= TARGETS.htmlBytes) : "",
      ],
      [
        `${page.name}: JavaScript it loads`,
        jsFiles ? `${formatBytes(page.weight.gzip)} gzip in ${jsFiles} files` : `none (${formatBytes(page.weight.inlineBytes)} inline: beacon, JSON-LD)`,
        page.name === "portfolio" ? `none (was ${BEFORE.js})` : "none",
        verdict(jsFiles === 0),
      ],
    );
    const lh = page.lighthouse;
    if (lh) {
      const seoTarget = page.name === "share page" ? "(noindex on purpose)" : "100";
      rows.push([
        `${page.name}: Lighthouse mobile, median of ${lh.runs.length}`,
        `perf ${lh.performance}, a11y ${lh.accessibility}, best practices ${lh.bestPractices}, SEO ${lh.seo}; FCP ${ms(lh.fcp)}, LCP ${ms(lh.lcp)}, TBT ${ms(lh.tbt)}, CLS ${lh.cls.toFixed(3)}, SI ${ms(lh.si)}`,
        `perf ≥ ${TARGETS.performance}, a11y 100, BP 100, SEO ${seoTarget}${page.name === "portfolio" ? ` (was ${BEFORE.lighthouse})` : ""}`,
        verdict(
          lh.performance >= TARGETS.performance && lh.accessibility === 100 && lh.bestPractices === 100 && (page.name === "share page" || lh.seo === 100),
        ),
      ]);
    }
  }
  const table = markdownTable(["measure", "result", "target", ""], rows);

  console.log("\n" + table + "\n");
  console.log("Evidence:");
  console.log(
    `- cached page: HTTP ${cached.status}, cache ${cached.cache ?? "(none)"}, cache-control "${cached.cacheControl ?? ""}", ${cached.queries.length} queries`,
  );
  console.log(`- after the load: cache ${input.afterLoad.cache ?? "(none)"}, ${input.afterLoad.queries.length} queries`);
  for (const [name, result] of [
    ["page", pageLoad],
    ["static", staticLoad],
    ...(input.crowd
      ? ([
          [`page, ${input.crowd.connections} connections`, input.crowd.page],
          [`static, ${input.crowd.connections} connections`, input.crowd.static],
        ] as const)
      : []),
  ] as const) {
    console.log(
      `- ${name} load: ${result.requests} requests, ${result.non2xx} non-2xx, ${result.errors} errors/timeouts, ${formatBytes(result.bytesPerRequest)} per response`,
    );
  }
  const first = input.cold.find((r) => r.size === "large");
  for (const query of first?.queries ?? []) console.log(`- query of an uncached ${first?.items}-item render: ${query.sql.replace(/\s+/g, " ").slice(0, 110)}…`);
  for (const script of weight.scripts) console.log(`- script ${script.src}: ${formatBytes(script.gzip)} gzip`);
  console.log(`- inline scripts in the HTML (beacon, JSON-LD; no flight data): ${formatBytes(weight.inlineBytes)}`);
  for (const page of input.reading) {
    for (const run of page.lighthouse?.runs ?? [])
      console.log(
        `- Lighthouse ${page.path}: perf ${run.performance}, a11y ${run.accessibility}, BP ${run.bestPractices}, SEO ${run.seo}, LCP ${ms(run.lcp)}, TBT ${ms(run.tbt)}`,
      );
  }
  console.log(`- bench took ${input.elapsedSeconds.toFixed(0)} s (build excluded)`);

  console.log("\nFor the README:\n");
  console.log("```markdown");
  console.log(
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}; load tool (autocannon, ${input.connections} connections, ${input.seconds} s after a 3 s warm-up) on the same machine.\n`,
  );
  console.log(table);
  console.log("```");
}
