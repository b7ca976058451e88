import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { expect, test, withE2eDatabase } from "./fixtures";
import { scriptSources } from "../../scripts/bench/page";

// The reading page /demo as a recruiter with JavaScript meets it: plain HTML
// with no client runtime, the view counted by the inline beacon script, and
// the contact form going through the contact page.
// Headless Chromium announces itself as "HeadlessChrome", which the view counter rightly ignores as a bot.
const RECRUITER_UA = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  return withE2eDatabase(async (client) => (await client.query<T>(sql, params)).rows);
}

/** The English messages, all namespaces (read as files: the e2e runner does not import JSON modules). */
const messagesDir = "lib/i18n/messages/en";
const messages: Record<string, unknown> = Object.assign(
  {},
  ...readdirSync(messagesDir)
    .filter((file) => file.endsWith(".json"))
    .map((file) => JSON.parse(readFileSync(path.join(messagesDir, file), "utf8")) as Record<string, unknown>),
);

/** Every message string under a namespace. */
function leaves(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return value && typeof value === "object" ? Object.values(value).flatMap(leaves) : [];
}

test("the reading page ships no JavaScript but the beacon and none of the editor's messages", async ({ page }) => {
  // No client runtime at all (issue #16): nothing fetched as a script, no flight data to hydrate.
  const scriptRequests: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scriptRequests.push(request.url());
  });
  const response = await page.goto("/demo");
  expect(response?.status()).toBe(200);
  const html = await response!.text();
  // Some editor examples happen to be demo content ("Riga Paws Animal Shelter"): what the page shows is not a shipped message.
  const shown = await page.locator("body").innerText();
  // The form and the beacon are still there, rendered on the server.
  expect(html).toContain("Send message");
  expect(html).toContain("/api/views?h=demo");
  expect(scriptSources(html)).toEqual([]);
  expect(html).not.toContain("__next_f");
  expect(scriptRequests).toEqual([]);

  // No message of the editor's namespaces travels in the page (its flight data included).
  const publicTexts = new Set(["publicPage", "contact", "sharing", "meta", "nav", "errors", "validation", "metrics"].flatMap((name) => leaves(messages[name])));
  const editorTexts = ["editor", "dashboard", "calendars", "auth", "media", "caseStudies"]
    .flatMap((name) => leaves(messages[name]))
    .filter((text) => text.length >= 24 && !/["\\<>&]/.test(text) && !publicTexts.has(text) && !shown.includes(text));
  expect(editorTexts.length).toBeGreaterThan(100);
  expect(editorTexts.filter((text) => html.includes(text))).toEqual([]);
});

test("with JavaScript, /demo counts one view with its referrer, and a message goes through the contact page", async ({ browser }) => {
  // A visitor of its own: other specs' recruiters (same browser, same address) viewed /demo within the
  // last 30 minutes, and a repeat view is not counted. The suite's server trusts the runner as its proxy.
  const address = `10.66.${randomBytes(1)[0]}.${(randomBytes(1)[0]! % 250) + 1}`;
  const context = await browser.newContext({ userAgent: RECRUITER_UA, extraHTTPHeaders: { "x-forwarded-for": address } });
  const page = await context.newPage();
  const since = new Date();
  const beacons: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/views")) beacons.push(request.url());
  });

  await page.goto("/demo", { referer: "https://www.linkedin.com/feed/" });
  await expect(page.getByRole("heading", { level: 1, name: "Alex Rivera" })).toBeVisible();
  await expect.poll(() => beacons.length).toBe(1);
  const beacon = new URL(beacons[0]!);
  expect(beacon.pathname).toBe("/api/views");
  expect(beacon.searchParams.get("h")).toBe("demo");
  expect(beacon.searchParams.get("r")).toBe("https://www.linkedin.com/feed/");
  await expect
    .poll(async () => {
      const rows = await query<{ referrerHost: string | null }>(
        `SELECT v."referrerHost" FROM "PageView" v JOIN "Portfolio" p ON p.id = v."portfolioId" JOIN "User" u ON u.id = p."userId"
         WHERE u.handle = 'demo' AND v.target = 'page' AND v."createdAt" >= $1`,
        [since],
      );
      return rows.map((row) => row.referrerHost);
    })
    .toEqual(["linkedin.com"]);

  // A mistake: the contact page shows the error beside the field and keeps what was typed.
  const text = `Hello from a recruiter with JavaScript, ${randomBytes(4).toString("hex")}.`;
  const contact = page.locator("#contact");
  await contact.getByLabel("Your name").fill("Robin Hiring");
  await contact.getByLabel("Your email").fill("robin-at-hiring");
  await contact.getByLabel("Message").fill(text);
  await contact.getByRole("button", { name: "Send message" }).click();
  await expect(page).toHaveURL(/\/demo\/contact$/);
  await expect(page.locator("#contact").getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
  await expect(page.locator("#contact").getByRole("alert")).toHaveText("Please fix the fields marked below.");
  await expect(page.locator("#contact").getByLabel("Your name")).toHaveValue("Robin Hiring");
  await expect(page.locator("#contact").getByLabel("Message")).toHaveValue(text);

  await page.locator("#contact").getByLabel("Your email").fill("robin@hiring.test");
  await page.locator("#contact").getByRole("button", { name: "Send message" }).click();
  await expect(page).toHaveURL(/\/demo\/contact\/sent$/);
  await expect(page.locator("#contact").getByText("Thanks — your message was sent.")).toBeVisible();
  await expect(page.getByText("Alex Rivera will reply to the email address you gave.")).toBeVisible();
  const stored = await query<{ name: string; email: string }>(`SELECT name, email FROM "ContactMessage" WHERE message = $1`, [text]);
  expect(stored).toEqual([{ name: "Robin Hiring", email: "robin@hiring.test" }]);

  // The contact pages are not views of the portfolio.
  expect(beacons).toHaveLength(1);
  await context.close();
});

test("/demo comes from Next's cache without a per-request ETag; its photos keep theirs and answer 304", async ({ request }) => {
  await request.get("/demo");
  const response = await request.get("/demo");
  expect(response.status()).toBe(200);
  // Served from the full-route cache: the route handler did not run for this request (app/[handle]/route.tsx).
  expect(response.headers()["x-nextjs-cache"]).toBe("HIT");
  // generateEtags is off (see next.config.ts): Next would hash the whole HTML on every request.
  expect(response.headers()["etag"]).toBeUndefined();

  const photo = /<img src="(\/api\/media\/[^"]+)"/.exec(await response.text())?.[1];
  expect(photo).toBeDefined();
  const first = await request.get(photo!);
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^"[^"]+"$/);
  const again = await request.get(photo!, { headers: { "if-none-match": etag! } });
  expect(again.status()).toBe(304);
});

test("a revoked link's contact page answers 410 with nothing of the portfolio", async ({ request }) => {
  const token = randomBytes(24).toString("base64url");
  await query(
    `INSERT INTO "ShareLink" (id, "portfolioId", token, "recipientName", sections, "revokedAt", "updatedAt")
     SELECT $1, p.id, $2, 'Jamie', '{}', now(), now() FROM "Portfolio" p JOIN "User" u ON u.id = p."userId" WHERE u.handle = 'demo'`,
    [`revoked-${token.slice(0, 8)}`, token],
  );
  for (const page of ["contact", "contact/sent"]) {
    const response = await request.get(`/s/${token}/${page}`);
    expect(response.status(), page).toBe(410);
    expect(await response.text()).not.toContain("Alex Rivera");
  }
});

test("the home page's demo link loads /demo as a document, so its beacon runs", async ({ browser }) => {
  const context = await browser.newContext({ userAgent: RECRUITER_UA });
  const page = await context.newPage();
  await page.goto("/");
  const beacon = page.waitForRequest((request) => request.url().includes("/api/views?h=demo"));
  await page.getByRole("link", { name: "See the demo portfolio" }).click();
  await expect(page).toHaveURL(/\/demo$/);
  const url = new URL((await beacon).url());
  // document.referrer is the home page: same origin, sent along (the view stores no host for it).
  expect(url.searchParams.get("r")).toMatch(/^http:\/\/localhost:\d+\/$/);
  await context.close();
});
