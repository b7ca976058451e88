import { existsSync, readFileSync } from "node:fs";

// Where a Chromium may live. Shared by the PDF generator (lib/pdf/browser.ts)
// and scripts/ensure-browser.ts, so the app and the e2e tier look in the same
// places. No `server-only`: the script imports it outside Next.

/** Written by scripts/ensure-browser.ts; read by the app and playwright.config.ts. */
export const CHROMIUM_RECORD_FILE = ".data/chromium-path";

export const SYSTEM_CHROMIUM_PATHS: readonly string[] = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

type FindOptions = {
  /** Paths named by the environment, tried first in this order (unset ones are skipped). */
  explicit?: readonly (string | undefined)[];
  /** A file holding a path recorded earlier (tried after `explicit`). */
  recordFile?: string;
  /** Playwright's own download, tried last (`chromium.executablePath()`). */
  bundled?: () => string;
  exists?: (path: string) => boolean;
};

function readRecorded(file: string, exists: (path: string) => boolean): string | undefined {
  if (!exists(file)) return undefined;
  const recorded = readFileSync(file, "utf8").trim();
  return recorded || undefined;
}

/** The first Chromium executable that exists, or undefined. */
export function findChromium({ explicit = [], recordFile, bundled, exists = existsSync }: FindOptions = {}): string | undefined {
  const candidates = [...explicit, recordFile ? readRecorded(recordFile, exists) : undefined, ...SYSTEM_CHROMIUM_PATHS];
  const found = candidates.find((path): path is string => Boolean(path) && exists(path as string));
  if (found) return found;
  if (!bundled) return undefined;
  try {
    const path = bundled();
    return exists(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Flags for a headless Chromium on a small shared server (and as root in a container). */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
