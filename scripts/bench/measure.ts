// Single requests the benchmark times and inspects: one page render with the
// queries it sent, the JavaScript a page loads, the client modules a route ships.
import { setTimeout as sleep } from "node:timers/promises";
import { gzipSync } from "node:zlib";
import { lighthouseMedian, type LighthouseMedian } from "./lighthouse";
import { inlineScriptBytes, scriptSources } from "./page";
import type { WireStatement } from "./pg-wire";
import type { CountingProxy } from "./proxy";
import type { SeededPortfolio } from "./types";

export type ColdRender = SeededPortfolio & {
  ms: number;
  status: number;
  /** x-nextjs-cache (HIT, MISS, STALE) of a page or a route handler in the full-route cache. */
  cache: string | null;
  cacheControl: string | null;
  queries: WireStatement[];
  html: string;
};

/** Requests `/<handle>` once and reads the whole body; queries are those the app sent meanwhile (plus a short settle). */
export async function measurePage(base: string, portfolio: SeededPortfolio, proxy: CountingProxy): Promise<ColdRender> {
  const before = proxy.statements.length;
  const started = performance.now();
  const response = await fetch(`${base}/${portfolio.handle}`);
  const html = await response.text();
  const ms = performance.now() - started;
  await sleep(300);
  return {
    ...portfolio,
    ms,
    status: response.status,
    cache: response.headers.get("x-nextjs-cache"),
    cacheControl: response.headers.get("cache-control"),
    queries: proxy.statements.slice(before),
    html,
  };
}

export type ScriptWeight = { scripts: { src: string; bytes: number; gzip: number }[]; bytes: number; gzip: number; inlineBytes: number };

/** Fetches every `<script src>` of a page and gzips each (level 6, as servers and CDNs do). */
export async function scriptWeight(base: string, html: string): Promise<ScriptWeight> {
  const scripts = await Promise.all(
    scriptSources(html).map(async (src) => {
      const response = await fetch(new URL(src, base));
      if (!response.ok) throw new Error(`${src} answered ${response.status}`);
      const body = Buffer.from(await response.arrayBuffer());
      return { src, bytes: body.length, gzip: gzipSync(body, { level: 6 }).length };
    }),
  );
  return {
    scripts,
    bytes: scripts.reduce((sum, s) => sum + s.bytes, 0),
    gzip: scripts.reduce((sum, s) => sum + s.gzip, 0),
    inlineBytes: inlineScriptBytes(html),
  };
}

export type ReadingPageFigures = {
  name: string;
  path: string;
  status: number;
  htmlBytes: number;
  htmlGzip: number;
  weight: ScriptWeight;
  lighthouse?: LighthouseMedian;
};

/** One reading page: its HTML (raw and gzip level 6), the scripts it loads, and Lighthouse's median of `runs` (0: none). */
export async function measureReadingPage(base: string, name: string, pagePath: string, runs: number): Promise<ReadingPageFigures> {
  const response = await fetch(new URL(pagePath, base));
  const html = await response.text();
  return {
    name,
    path: pagePath,
    status: response.status,
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzipSync(html, { level: 6 }).length,
    weight: await scriptWeight(base, html),
    lighthouse: runs > 0 ? await lighthouseMedian(new URL(pagePath, base).toString(), runs) : undefined,
  };
}
