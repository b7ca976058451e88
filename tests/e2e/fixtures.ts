/**
 * Playwright fixtures for signed-in tests (sign-in without the UI, the way
 * documenso's e2e fixtures do it). Use it instead of `@playwright/test`:
 *
 *   import { expect, test } from "./fixtures";
 *
 *   test("edits the profile", async ({ signedInPage: page, user }) => {
 *     await page.goto("/dashboard/profile");   // already signed in as `user`
 *   });
 *
 * Fixtures
 * - `user`: a fresh account (unique email and handle) created through the real
 *   sign-up path (POST /api/auth/signup, the same mutation the form's server
 *   action calls). `{ name, email, handle, password }`.
 * - `signedInPage`: `page` with a session cookie for `user`, obtained by posting
 *   the credentials to next-auth (GET /api/auth/csrf, then POST
 *   /api/auth/callback/credentials); no form is touched.
 *
 * Helpers (for a second user, or a page of your own)
 * - `createTestUser(request, overrides?)` → TestUser
 * - `signInAs(page, user)`: signs `page`'s browser context in; throws with the
 *   server's answer if it did not work.
 * - `withE2eDatabase(client => ...)`: a pg client of the e2e server's database.
 *
 * Each call presents a random `x-forwarded-for` address, so suites that create
 * many users never hit the per-IP sign-up/sign-in limits (10 per 15 minutes).
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { resolveDataDir } from "../../lib/db/embedded";

export type TestUser = { name: string; email: string; handle: string; password: string };

function randomIp(): string {
  const byte = () => Math.floor(Math.random() * 254) + 1;
  return `10.${byte()}.${byte()}.${byte()}`;
}

export async function createTestUser(request: APIRequestContext, overrides: Partial<TestUser> = {}): Promise<TestUser> {
  const id = randomUUID().slice(0, 8);
  const user: TestUser = {
    name: overrides.name ?? `Test User ${id}`,
    email: overrides.email ?? `e2e-${id}@example.test`,
    handle: overrides.handle ?? `e2e-${id}`,
    password: overrides.password ?? `e2e-password-${id}`,
  };
  const response = await request.post("/api/auth/signup", { data: user, headers: { "x-forwarded-for": randomIp() } });
  if (response.status() !== 201) throw new Error(`Sign-up failed (${response.status()}): ${await response.text()}`);
  return { ...user, email: user.email.trim().toLowerCase(), handle: user.handle.trim().toLowerCase() };
}

export async function signInAs(page: Page, user: Pick<TestUser, "email" | "password">): Promise<void> {
  // page.request shares the browser context's cookies, so the session lands in `page`.
  const request = page.request;
  const headers = { "x-forwarded-for": randomIp() };
  const csrf = await request.get("/api/auth/csrf", { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, json: "true", callbackUrl: "/dashboard" },
    headers,
    maxRedirects: 0,
  });
  const body = await response.text();
  const cookies = await page.context().cookies();
  if (!cookies.some((cookie) => cookie.name.endsWith("next-auth.session-token"))) {
    throw new Error(`Sign-in as ${user.email} failed (${response.status()}): ${body}`);
  }
}

/** Opens a room's still-empty list and follows its empty state's call to action to the new-item form. */
export async function startFirstItem(page: Page, room: string, emptyState: { heading: string; link: string }): Promise<void> {
  await page.goto(`/dashboard/${room}`);
  await expect(page.getByRole("heading", { name: emptyState.heading })).toBeVisible();
  await page.getByRole("link", { name: emptyState.link }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/${room}/new$`));
}

export const test = base.extend<{ user: TestUser; signedInPage: Page }>({
  user: async ({ request }, provide) => {
    await provide(await createTestUser(request));
  },
  signedInPage: async ({ page, user }, provide) => {
    await signInAs(page, user);
    await provide(page);
  },
});

/** The e2e server's embedded database (its port is on line 4 of the cluster's postmaster.pid). */
export function e2eDatabaseUrl(): string {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const dataDir = resolveDataDir(path.join(`.data/e2e-${port}`, "postgres"));
  const pgPort = readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[3]!.trim();
  return `postgresql://postfolio:postfolio@127.0.0.1:${pgPort}/postfolio`;
}

/** Runs `work` with a client of the e2e server's database (for seeding what the UI would take long to build). */
export async function withE2eDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Collects the byte size of every server-action answer POSTed to `path`, read as it passes through (#19's small answers). */
export async function actionAnswers(page: Page, path: string): Promise<number[]> {
  const sizes: number[] = [];
  await page.route(`**${path}`, async (route) => {
    if (route.request().method() !== "POST" || route.request().headers()["next-action"] === undefined) return route.fallback();
    const response = await route.fetch();
    sizes.push((await response.body()).byteLength);
    await route.fulfill({ response });
  });
  return sizes;
}

export { expect };
