import "server-only";
import { chromium, type Browser } from "playwright-core";
import { env } from "@/lib/env";
import { CHROMIUM_ARGS, CHROMIUM_RECORD_FILE, findChromium } from "./chromium-path";

/** No Chromium on this server: PDFs cannot be made until one is installed. */
export class ChromiumMissingError extends Error {
  constructor() {
    super("No Chromium found for PDF downloads: install one (Debian/Ubuntu: `apt-get install chromium`) or set CHROMIUM_PATH");
    this.name = "ChromiumMissingError";
  }
}

/** Closed after this long without a job: Chromium holds ~150 MB the small server wants back. */
const IDLE_CLOSE_MS = 60_000;

// One browser per server process, kept on globalThis so dev reloads don't leak one.
type BrowserState = { launching?: Promise<Browser>; idleTimer?: ReturnType<typeof setTimeout>; warned?: boolean };
const state = ((globalThis as { __postfolioPdfBrowser?: BrowserState }).__postfolioPdfBrowser ??= {});

/** The executable, looked up the way the e2e tier does (scripts/ensure-browser.ts). */
export function chromiumExecutable(): string | undefined {
  return findChromium({
    explicit: [env().CHROMIUM_PATH, process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH],
    recordFile: CHROMIUM_RECORD_FILE,
    bundled: () => chromium.executablePath(),
  });
}

async function launch(): Promise<Browser> {
  const executablePath = chromiumExecutable();
  if (!executablePath) {
    if (!state.warned) console.error(`[pdf] ${new ChromiumMissingError().message}`);
    state.warned = true;
    throw new ChromiumMissingError();
  }
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], timeout: 30_000 });
  browser.on("disconnected", () => {
    state.launching = undefined;
  });
  return browser;
}

/**
 * Lends the shared browser to `job`, launching it on first use and closing it
 * once idle. Callers serialize jobs (lib/pdf/generate.ts), so there is never
 * more than one page open.
 */
export async function withBrowser<T>(job: (browser: Browser) => Promise<T>): Promise<T> {
  clearTimeout(state.idleTimer);
  state.launching ??= launch().catch((error: unknown) => {
    state.launching = undefined;
    throw error;
  });
  const browser = await state.launching;
  try {
    return await job(browser);
  } finally {
    clearTimeout(state.idleTimer);
    state.idleTimer = setTimeout(() => void closeBrowser(), IDLE_CLOSE_MS);
    state.idleTimer.unref?.();
  }
}

/** Closes the shared browser now (idle timer, tests). */
export async function closeBrowser(): Promise<void> {
  clearTimeout(state.idleTimer);
  const launching = state.launching;
  state.launching = undefined;
  const browser = await launching?.catch(() => undefined);
  await browser?.close().catch(() => {});
}
