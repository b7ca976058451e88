// Single requests the benchmark times and inspects: one page render with the
// queries it sent, the JavaScript a page loads, the client modules a route ships.
import { readFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { firstPartyClientModules, inlineScriptBytes, scriptSources } from "./page";
import type { WireStatement } from "./pg-wire";
import type { CountingProxy } from "./proxy";
import type { SeededPortfolio } from "./types";

export type ColdRender = SeededPortfolio & {
  ms: number;
  status: number;
  /** x-nextjs-cache (HIT, MISS, STALE) when Next sends it. */
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

/** Our own client components in the build's client reference manifest of `/[handle]`. */
export function handlePageClientModules(distDir: string): string[] {
  const file = path.join(distDir, "server/app/[handle]/page_client-reference-manifest.js");
  const context: Record<string, unknown> = {};
  context.globalThis = context;
  vm.runInNewContext(readFileSync(file, "utf8"), context);
  const manifests = context.__RSC_MANIFEST as Record<string, { clientModules?: Record<string, unknown> }>;
  const manifest = manifests["/[handle]/page"];
  if (!manifest) throw new Error(`No /[handle]/page entry in ${file}`);
  return firstPartyClientModules(manifest, process.cwd());
}
