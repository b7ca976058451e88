// Lighthouse (npm `lighthouse`, its default mobile settings: a mid-range phone
// on a slow 4G link, 4× CPU slowdown) driving the system Chromium, run from its
// own CLI in a child process, median of N runs per page.
import { spawn } from "node:child_process";
import { CHROMIUM_RECORD_FILE, findChromium } from "../../lib/pdf/chromium-path";
import { median } from "./stats";

export type LighthouseScores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Milliseconds, except cls (unitless). */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
};

type Report = {
  categories: Record<"performance" | "accessibility" | "best-practices" | "seo", { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
};

const CHROME_FLAGS =
  "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --no-first-run";

function chromePath(): string {
  const found = findChromium({ explicit: [process.env.CHROME_PATH, process.env.CHROMIUM_PATH], recordFile: CHROMIUM_RECORD_FILE });
  if (!found) throw new Error("No Chromium for Lighthouse: install Debian's chromium or set CHROME_PATH");
  return found;
}

function runOnce(url: string): Promise<LighthouseScores> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["node_modules/lighthouse/cli/index.js", url, "--output=json", "--output-path=stdout", "--quiet", `--chrome-flags=${CHROME_FLAGS}`],
      { env: { ...process.env, CHROME_PATH: chromePath() }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse ${url} exited with ${code}: ${err.slice(-500)}`));
      try {
        const report = JSON.parse(out) as Report;
        const score = (key: keyof Report["categories"]) => Math.round((report.categories[key]?.score ?? 0) * 100);
        const value = (key: string) => report.audits[key]?.numericValue ?? Number.NaN;
        resolve({
          performance: score("performance"),
          accessibility: score("accessibility"),
          bestPractices: score("best-practices"),
          seo: score("seo"),
          fcp: value("first-contentful-paint"),
          lcp: value("largest-contentful-paint"),
          tbt: value("total-blocking-time"),
          cls: value("cumulative-layout-shift"),
          si: value("speed-index"),
        });
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

/** Each figure's median over `runs` runs (one after the other: Lighthouse is timing-sensitive). */
export type LighthouseMedian = LighthouseScores & { runs: LighthouseScores[] };

export async function lighthouseMedian(url: string, runs = 3): Promise<LighthouseMedian> {
  const results: LighthouseScores[] = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(url));
  const pick = (key: keyof LighthouseScores) => median(results.map((result) => result[key]));
  return {
    performance: pick("performance"),
    accessibility: pick("accessibility"),
    bestPractices: pick("bestPractices"),
    seo: pick("seo"),
    fcp: pick("fcp"),
    lcp: pick("lcp"),
    tbt: pick("tbt"),
    cls: pick("cls"),
    si: pick("si"),
    runs: results,
  };
}
