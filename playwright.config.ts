import { existsSync, readFileSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_RECORD_FILE } from "./lib/pdf/chromium-path";

// scripts/ensure-browser.ts (run by `npm run test:e2e`) records the browser it found.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(CHROMIUM_RECORD_FILE) ? readFileSync(CHROMIUM_RECORD_FILE, "utf8").trim() : undefined);
const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [...CHROMIUM_ARGS],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // A production build on its own fresh database.
    command: `npx tsx scripts/start.ts --build --fresh --strict-port`,
    url: `${baseURL}/api/health`,
    // The test runner plays the one trusted proxy: fixtures name a random client address per
    // test user (so suites stay under the per-IP limits); tests/e2e/client-ip.spec.ts also runs 0 hops.
    env: { POSTFOLIO_DATA: `.data/e2e-${port}`, PORT: String(port), NEXTAUTH_URL: baseURL, TRUSTED_PROXY_HOPS: "1" },
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
