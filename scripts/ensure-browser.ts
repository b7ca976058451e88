// Finds a Chromium for the end-to-end tests: an explicit CHROMIUM_PATH, a
// system Chromium, Playwright's own download where the network allows, else
// (Debian/Ubuntu, as root) the distribution's package. Prints the path it
// chose to .data/chromium-path for playwright.config.ts.
import { execSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_RECORD_FILE, findChromium } from "../lib/pdf/chromium-path";

// The same places the app's PDF generator looks (lib/pdf/chromium-path.ts), minus the record this script writes.
function found(): string | undefined {
  return findChromium({
    explicit: [process.env.CHROMIUM_PATH, process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH],
    bundled: () => chromium.executablePath(),
  });
}

function tryPlaywrightDownload(): boolean {
  console.log("[e2e] No Chromium found; trying `playwright install chromium`…");
  return spawnSync("npx", ["--no-install", "playwright", "install", "chromium"], { stdio: "inherit", timeout: 300_000 }).status === 0;
}

function tryApt(): boolean {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) return false;
  console.log("[e2e] Installing Debian's chromium package with apt-get…");
  try {
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
    return true;
  } catch {
    return false;
  }
}

let browser = found();
if (!browser && tryPlaywrightDownload()) browser = found();
if (!browser && tryApt()) browser = found();
if (!browser) {
  console.error("[e2e] No Chromium available: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH.");
  process.exit(1);
}
mkdirSync(".data", { recursive: true });
writeFileSync(CHROMIUM_RECORD_FILE, browser);
console.log(`[e2e] Using Chromium at ${browser}`);
