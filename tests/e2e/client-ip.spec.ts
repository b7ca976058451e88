import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { findFreePort } from "../../lib/db/embedded";
import { e2eDatabaseUrl, expect, test, withE2eDatabase } from "./fixtures";

// Per-IP limits against a real server: a made-up X-Forwarded-For must not reset them.
// The suite's server trusts one proxy (TRUSTED_PROXY_HOPS=1; the test runner plays it).
// A second server on the same build and database runs the default, 0 hops: an app that
// clients reach directly, where the socket's address is all that counts.

const e2ePort = Number(process.env.E2E_PORT ?? 3100);
const madeUp = () => `${Math.floor(Math.random() * 200) + 20}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.7`;

/** Sends the demo's contact form; true when it went through, false when rate-limited. */
async function sendContact(page: Page, base = ""): Promise<boolean> {
  await page.goto(`${base}/demo/contact`);
  const form = page.locator("#contact");
  await form.getByLabel("Your name").fill("Robin Limits");
  await form.getByLabel("Your email").fill("robin@limits.test");
  await form.getByLabel("Message").fill(`Checking the contact limit, message ${randomUUID()}.`);
  await form.getByRole("button", { name: "Send message" }).click();
  // Sent: /demo/contact/sent thanks; refused: /demo/contact again, asking to wait.
  const outcome = form.getByText(/Thanks — your message was sent\.|sent several messages already/);
  await expect(outcome).toBeVisible();
  return (await outcome.textContent())!.startsWith("Thanks");
}

async function signUpStatus(request: APIRequestContext, base: string, forwardedFor: string): Promise<number> {
  const id = randomUUID().slice(0, 8);
  const response = await request.post(`${base}/api/auth/signup`, {
    data: { name: "Limit Test", email: `limit-${id}@example.test`, handle: `limit-${id}`, password: `violet-harbour-${id}` },
    headers: { "x-forwarded-for": forwardedFor },
  });
  return response.status();
}

test("behind one trusted proxy, entries a client makes up left of the proxy's do not reset the contact limit", async ({ page }) => {
  const client = `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const results: boolean[] = [];
  for (let i = 0; i < 6; i++) {
    // What nginx sends on: the client's own made-up header, then the address it saw.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `${madeUp()}, ${client}` });
    results.push(await sendContact(page));
  }
  expect(results).toEqual([true, true, true, true, true, false]);
});

const FETCH_BAD_PORTS = new Set([1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080]);

test.describe("with no proxy in front (TRUSTED_PROXY_HOPS=0, the default)", () => {
  let server: ChildProcess | undefined;
  let base = "";
  // Both servers see this runner as 127.0.0.1 (or ::1): start from, and leave, clean limits for the other specs.
  const clearLoopbackLimits = () => withE2eDatabase((db) => db.query(`DELETE FROM "RateLimit" WHERE key ~ '^(contact|signup):ip:(127\\.0\\.0\\.1|::1)$'`));

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    await clearLoopbackLimits();
    // fetch() refuses the Fetch standard's "bad ports" (4190 is one: E2E_PORT=3190 failed with "bad port").
    let port = await findFreePort(e2ePort + 1000, "0.0.0.0");
    while (FETCH_BAD_PORTS.has(port)) port = await findFreePort(port + 1, "0.0.0.0");
    base = `http://localhost:${port}`;
    const dataDir = `.data/e2e-${e2ePort}`;
    server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
      stdio: "inherit",
      detached: true,
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: e2eDatabaseUrl(),
        NEXTAUTH_SECRET: readFileSync(path.join(dataDir, "auth-secret"), "utf8").trim(),
        NEXTAUTH_URL: base,
        STORAGE_DIR: path.join(dataDir, "uploads"),
        PORT: String(port),
        TRUSTED_PROXY_HOPS: "0",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    for (let tries = 0; tries < 120; tries++) {
      const ok = await fetch(`${base}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`The 0-hop server did not start on ${base}`);
  });

  test.afterAll(async () => {
    if (server?.pid) {
      process.kill(-server.pid, "SIGTERM");
      await new Promise((resolve) => server?.once("exit", resolve));
    }
    await clearLoopbackLimits();
  });

  test("a new made-up X-Forwarded-For on every post does not reset the contact limit", async ({ page }) => {
    const results: boolean[] = [];
    for (let i = 0; i < 6; i++) {
      await page.setExtraHTTPHeaders({ "x-forwarded-for": madeUp() });
      results.push(await sendContact(page, base));
    }
    expect(results).toEqual([true, true, true, true, true, false]);
  });

  test("nor the sign-up limit, which bounds how fast anyone can probe for registered emails", async ({ request }) => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push(await signUpStatus(request, base, madeUp()));
    expect(statuses).toEqual([...Array(10).fill(201), 429]);
  });
});
