import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test, withE2eDatabase } from "./fixtures";
import { BEACON_SCRIPT_CSP_SOURCE } from "../../lib/analytics/beacon-script";
import { OWNER_CHECK_SCRIPT_CSP_SOURCE } from "../../lib/public/owner-check-script";
import { appPagePolicy, readingPagePolicy } from "../../lib/security/headers";

// The security headers as Chromium meets them on the production build: the
// reading pages, a share page and the editor render and work under their CSP
// without a single violation, and nothing of ours can be framed.

const RECRUITER_UA = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";

declare global {
  interface Window {
    __violations?: string[];
  }
}

/** Records CSP violations (the DOM event, on every document), every console error or page error, and header warnings. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__violations!.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const problems: string[] = [];
  page.on("console", (message) => {
    // A failed load is reported with its URL below.
    if (/^Failed to load resource/.test(message.text())) return;
    if (message.type() === "error" || /Content Security Policy|Permissions-Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return {
    problems,
    /** Violations in the current document (call before navigating away). */
    violations: () => page.evaluate(() => window.__violations ?? []),
  };
}

function directives(policy: string | undefined): Map<string, string[]> {
  return new Map(
    (policy ?? "")
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );
}

async function shareToken(): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await withE2eDatabase((client) =>
    client.query(
      `INSERT INTO "ShareLink" (id, "portfolioId", token, "recipientName", sections, "updatedAt")
       SELECT $1, p.id, $2, 'Jamie', '{}', now() FROM "Portfolio" p JOIN "User" u ON u.id = p."userId" WHERE u.handle = 'demo'`,
      [`headers-${token.slice(0, 8)}`, token],
    ),
  );
  return token;
}

test("the reading page: its policy, no violation, rendered, and the beacon counts", async ({ browser }) => {
  const context = await browser.newContext({ userAgent: RECRUITER_UA });
  const page = await context.newPage();
  const { problems, violations } = await watch(page);
  const beacon = page.waitForResponse((response) => response.url().includes("/api/views?h=demo"));

  const response = await page.goto("/demo");
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toBe(readingPagePolicy());
  expect(directives(headers["content-security-policy"]).get("frame-ancestors")).toEqual(["'none'"]);
  // Plain HTML with no client runtime: the beacon's and the owner's-draft notice's hashes are the only scripts allowed.
  expect(directives(headers["content-security-policy"]).get("script-src")).toEqual([BEACON_SCRIPT_CSP_SOURCE, OWNER_CHECK_SCRIPT_CSP_SOURCE]);
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // Served over plain HTTP: no HSTS.
  expect(headers["strict-transport-security"]).toBeUndefined();

  await expect(page.getByRole("heading", { level: 1, name: "Alex Rivera" })).toBeVisible();
  expect((await beacon).status()).toBe(200);
  await page.waitForLoadState("networkidle");
  expect(await violations()).toEqual([]);
  expect(problems).toEqual([]);

  // A case-study page (the same policy) and the landing page (an App Router page: appPagePolicy) too.
  const study = page.locator('a[href^="/demo/case-studies/"]').first();
  const studyResponse = page.waitForResponse(
    (r) => /\/demo\/case-studies\/[^/]+$/.test(new URL(r.url()).pathname) && r.request().resourceType() === "document",
  );
  await study.click();
  await expect(page).toHaveURL(/\/demo\/case-studies\//);
  expect((await studyResponse).headers()["content-security-policy"]).toBe(readingPagePolicy());
  await page.waitForLoadState("networkidle");
  expect(await violations()).toEqual([]);
  const landing = await page.goto("/");
  expect(landing!.headers()["content-security-policy"]).toBe(appPagePolicy());
  await page.waitForLoadState("networkidle");
  expect(await violations()).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});

test("a share page sends no Referer to other sites, and its contact form still posts", async ({ browser }) => {
  const token = await shareToken();
  const context = await browser.newContext({ userAgent: RECRUITER_UA });
  const page = await context.newPage();
  const { problems, violations } = await watch(page);

  const response = await page.goto(`/s/${token}`);
  expect(response?.status()).toBe(200);
  expect(response!.headers()["referrer-policy"]).toBe("same-origin");
  expect(response!.headers()["content-security-policy"]).toBe(readingPagePolicy());
  expect(response!.headers()["x-frame-options"]).toBe("DENY");
  expect(await page.evaluate(() => document.referrer)).toBe("");
  await page.waitForLoadState("networkidle");
  expect(await violations()).toEqual([]);

  // The form posts with a real Origin (no-referrer would make it "null", which Next refuses).
  const text = `Hello through a share link, ${randomBytes(4).toString("hex")}.`;
  const contact = page.locator("#contact");
  await contact.getByLabel("Your name").fill("Robin Hiring");
  await contact.getByLabel("Your email").fill("robin@hiring.test");
  await contact.getByLabel("Message").fill(text);
  await contact.getByRole("button", { name: "Send message" }).click();
  await expect(page).toHaveURL(new RegExp(`/s/${token}/contact/sent$`));
  await expect(page.locator("#contact").getByText("Thanks — your message was sent.")).toBeVisible();
  expect(await violations()).toEqual([]);
  const stored = await withE2eDatabase((client) => client.query(`SELECT 1 FROM "ContactMessage" WHERE message = $1`, [text]));
  expect(stored.rowCount).toBe(1);
  expect(problems).toEqual([]);
  await context.close();
});

test("the editor: a fresh nonce per request on every script, framed nowhere, working without violations", async ({ signedInPage: page }) => {
  const { problems, violations } = await watch(page);
  const nonces: string[] = [];
  for (let visit = 0; visit < 2; visit++) {
    const response = await page.goto("/dashboard");
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    const csp = directives(headers["content-security-policy"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-robots-tag"]).toBe("noindex, nofollow");
    const script = csp.get("script-src")!;
    expect(script).toContain("'strict-dynamic'");
    expect(script).not.toContain("'unsafe-inline'");
    const nonce = script.find((source) => source.startsWith("'nonce-"))!.slice(7, -1);
    nonces.push(nonce);
    // Next put the nonce on every script it wrote into the page.
    const html = await response!.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !tag.includes("application/ld+json"));
    expect(scripts.length).toBeGreaterThan(3);
    expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  }
  expect(nonces[0]).not.toBe(nonces[1]);

  // Hydrated: the nav navigates on the client, a form works.
  await page.getByRole("navigation", { name: "Portfolio sections" }).getByRole("link", { name: "Campaigns" }).click();
  await expect(page).toHaveURL(/\/dashboard\/campaigns$/);
  await expect(page.getByRole("heading", { name: "Add your first campaign" })).toBeVisible();
  await page.getByRole("link", { name: "Add campaign" }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByLabel("Title", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await page.goto("/dashboard/preview");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(await violations()).toEqual([]);
  await page.goto("/settings");
  await page.waitForLoadState("networkidle");
  expect(await violations()).toEqual([]);
  expect(problems).toEqual([]);
});

test("the sign-in page gets a nonce too and its client components run", async ({ page }) => {
  const { problems, violations } = await watch(page);
  const response = await page.goto("/login");
  expect(
    directives(response!.headers()["content-security-policy"])
      .get("script-src")
      ?.some((source) => source.startsWith("'nonce-")),
  ).toBe(true);
  const password = page.getByLabel("Password", { exact: true });
  await password.fill("secret-value");
  await page.getByRole("button", { name: "Show password" }).click();
  await expect(password).toHaveAttribute("type", "text");
  expect(await violations()).toEqual([]);
  expect(problems).toEqual([]);
});

test("nothing can frame the reading page or the dashboard, not even a page of our own origin", async ({ page, baseURL }) => {
  // A page served from our origin (Playwright answers it) that frames ours.
  await page.route(`${baseURL}/framer`, (route) =>
    route.fulfill({ contentType: "text/html", body: `<iframe src="/demo"></iframe><iframe src="/dashboard"></iframe>` }),
  );
  const answers: string[] = [];
  page.on("response", (response) => {
    if (response.url().startsWith(baseURL!)) answers.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  await page.goto("/framer");
  // Our server answered both (the dashboard by sending a signed-out visitor to /login), and Chromium showed neither.
  await expect.poll(() => answers).toEqual(expect.arrayContaining(["200 /demo", "200 /login"]));
  await expect
    .poll(() =>
      page
        .frames()
        .slice(1)
        .map((frame) => frame.url()),
    )
    .toEqual(["chrome-error://chromewebdata/", "chrome-error://chromewebdata/"]);
});

test("a server action from another origin is a plain 403 (Next alone answered 500 and logged an error)", async ({ request }) => {
  const foreign = { origin: "https://evil.example", "x-forwarded-for": "10.9.8.7" };
  const withJavaScript = await request.post("/demo/contact", {
    headers: { ...foreign, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(withJavaScript.status()).toBe(403);
  const withoutJavaScript = await request.post("/demo/contact", {
    headers: foreign,
    multipart: { $ACTION_ID_0000: "", name: "x", email: "x@example.test", message: "hello there from elsewhere" },
  });
  expect(withoutJavaScript.status()).toBe(403);
  const dashboard = await request.post("/dashboard/profile", { headers: { ...foreign, "next-action": "0".repeat(42) }, data: "[]" });
  expect(dashboard.status()).toBe(403);
});
