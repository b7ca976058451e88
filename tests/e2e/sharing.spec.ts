import type { Browser } from "@playwright/test";
import { createTestUser, expect, signInAs, test, withE2eDatabase } from "./fixtures";

// Sharing with a recruiter: a tailored link, its view counted, revoked (410), and a contact message in the inbox.
// Headless Chromium announces itself as "HeadlessChrome", which the view counter rightly ignores as a bot.
const RECRUITER_UA = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";

/** Publishes the user's portfolio with one campaign, one case study and one content sample. */
async function seedPortfolio(handle: string, displayName: string) {
  await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `UPDATE "Portfolio" p SET visibility = 'PUBLIC', "displayName" = $2, "publishedAt" = now()
       FROM "User" u WHERE u.id = p."userId" AND u.handle = $1 RETURNING p.id`,
      [handle, displayName],
    );
    const portfolioId = rows[0]!.id;
    await client.query(
      `INSERT INTO "Campaign" (id, "portfolioId", title, client, "workKind", "startDate", objective, summary, "updatedAt")
       VALUES ($1, $2, 'Spring reels push', 'Bluebird Bakery', 'CLIENT', '2025-03-01', 'AWARENESS', 'Reels for a local bakery.', now())`,
      [`${portfolioId}-c`, portfolioId],
    );
    await client.query(
      `INSERT INTO "CaseStudy" (id, "portfolioId", title, slug, client, challenge, "updatedAt")
       VALUES ($1, $2, 'Growing a bakery on Instagram', 'bakery-growth', 'Bluebird Bakery', 'Nobody knew the bakery.', now())`,
      [`${portfolioId}-cs`, portfolioId],
    );
    await client.query(
      `INSERT INTO "ContentSample" (id, "portfolioId", platform, format, title, "workKind", "updatedAt")
       VALUES ($1, $2, 'TIKTOK', 'SHORT_VIDEO', 'Behind the oven', 'CLIENT', now())`,
      [`${portfolioId}-s`, portfolioId],
    );
  });
}

async function recruiter(browser: Browser) {
  const context = await browser.newContext({ userAgent: RECRUITER_UA });
  return { page: await context.newPage(), close: () => context.close() };
}

test("a tailored link for Jane at Acme: opened, counted, revoked; her message lands in the inbox", async ({ page, browser, request }) => {
  const owner = await createTestUser(request, { name: "Riley Owner" });
  await signInAs(page, owner);
  await page.goto("/dashboard"); // creates the portfolio
  await seedPortfolio(owner.handle, "Riley Owner");

  // Create the link: only campaigns and case studies.
  await page.goto("/dashboard/sharing");
  await expect(page.getByRole("heading", { level: 1, name: "Sharing" })).toBeVisible();
  await page.getByLabel("Recipient").fill("Jane");
  await page.getByLabel("Company").fill("Acme");
  const sections = page.getByRole("group", { name: "Sections this recipient sees" });
  for (const label of ["Content samples", "Strategy documents", "Planning calendars", "Certifications", "Experience", "Skills & tools", "Education"]) {
    await sections.getByLabel(label).uncheck();
  }
  await expect(sections.getByLabel("Campaign results")).toBeChecked();
  await expect(sections.getByLabel("Case studies")).toBeChecked();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Create link" }).click();
  await expect(page.getByText("Link for Jane created and copied")).toBeVisible();
  const card = page.getByRole("article", { name: /Jane at Acme/ });
  await expect(card.getByText("Not opened yet")).toBeVisible();
  const url = await card.getByLabel("Share link for Jane at Acme").inputValue();
  expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{32}$/);
  // Copied on creation (issue #15), and shown in full in the toast with its own copy button.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await expect(page.getByTestId("toast-url").getByText(url, { exact: true })).toBeVisible();
  await expect(page.getByTestId("toast-url").getByRole("button", { name: "Copy link" })).toBeVisible();

  // Jane opens it, signed out: only those two sections, and no indexing.
  const jane = await recruiter(browser);
  const beacon = jane.page.waitForResponse((response) => response.url().includes("/api/views"));
  const scripts: string[] = [];
  jane.page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  const opened = await jane.page.goto(url);
  // Plain HTML (issue #16): no script file, no flight data; only the inline beacon runs.
  const sharedHtml = await opened!.text();
  expect(sharedHtml).not.toMatch(/<script\b[^>]*\ssrc=/i);
  expect(sharedHtml).not.toContain("__next_f");
  await expect(jane.page.getByRole("heading", { level: 1, name: "Riley Owner" })).toBeVisible();
  await expect(jane.page.getByRole("heading", { level: 2, name: /Campaign results/ })).toBeVisible();
  await expect(jane.page.getByRole("heading", { level: 2, name: /Case studies/ })).toBeVisible();
  await expect(jane.page.getByText("Spring reels push")).toBeVisible();
  await expect(jane.page.getByText("Behind the oven")).toHaveCount(0);
  await expect(jane.page.getByRole("heading", { name: /Content samples/ })).toHaveCount(0);
  await expect(jane.page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  expect((await beacon).status()).toBe(200);
  expect(scripts).toEqual([]);

  // She writes through the contact form.
  const contact = jane.page.locator("#contact");
  await contact.getByLabel("Your name").fill("Jane Recruiter");
  await contact.getByLabel("Your email").fill("jane@acme.test");
  await contact.getByLabel("Company").fill("Acme");
  await contact.getByLabel("Message").fill("Loved the bakery case study. Free for a call on Thursday?");
  await contact.getByRole("button", { name: "Send message" }).click();
  await expect(contact.getByText("Thanks — your message was sent.")).toBeVisible();

  // The owner sees the open: counted once, marked new.
  await expect(async () => {
    await page.goto("/dashboard/sharing");
    await expect(card.getByTestId("link-views")).toHaveText("1", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(card.getByText("New", { exact: true })).toBeVisible();
  await expect(card.getByText("First opened")).toBeVisible();
  await expect(page.getByText("Jane at Acme opened your link")).toBeVisible();

  // Revoke it: Jane now gets 410 and nothing of the portfolio.
  await card.getByRole("button", { name: "Revoke" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke link" }).click();
  await expect(page.getByText("Link revoked")).toBeVisible();
  await expect(card.getByText("Revoked", { exact: true })).toBeVisible();

  const gone = await jane.page.goto(url);
  expect(gone?.status()).toBe(410);
  await expect(jane.page.getByRole("heading", { name: "This link is no longer active" })).toBeVisible();
  const body = await jane.page.content();
  expect(body).not.toContain("Riley Owner");
  expect(body).not.toContain("Spring reels push");
  await jane.close();

  // The message is in the inbox.
  await page.goto("/dashboard/inbox");
  const message = page.getByRole("article", { name: /Jane Recruiter/ });
  await expect(message.getByText("Loved the bakery case study. Free for a call on Thursday?")).toBeVisible();
  await expect(message.getByText("Via the link for Jane at Acme")).toBeVisible();
  await message.getByRole("button", { name: "Mark as read" }).click();
  await expect(page.getByText("Marked as read")).toBeVisible();
});

test("the contact form works without JavaScript, with errors beside the fields", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, userAgent: RECRUITER_UA });
  const page = await context.newPage();
  await page.goto("/demo#contact");
  const contact = page.locator("#contact");
  await contact.getByLabel("Your name").fill("Sam Hiring");
  await contact.getByLabel("Your email").fill("not-an-email");
  await contact.getByLabel("Message").fill("Hello from a browser without JavaScript.");
  await contact.getByRole("button", { name: "Send message" }).click();
  await expect(page.locator("#contact").getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
  // What was typed survives the round trip.
  await expect(page.locator("#contact").getByLabel("Message")).toHaveValue("Hello from a browser without JavaScript.");
  await page.locator("#contact").getByLabel("Your email").fill("sam@hiring.test");
  await page.locator("#contact").getByRole("button", { name: "Send message" }).click();
  await expect(page.locator("#contact").getByText("Thanks — your message was sent.")).toBeVisible();
  await context.close();
});

test("publishing shows the page's full address with a copy button, already copied", async ({ signedInPage: page, user, baseURL }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/dashboard/publish");
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Your page is published; its address is copied")).toBeVisible();
  const address = `${baseURL}/${user.handle}`;
  await expect(page.getByTestId("toast-url").getByText(address, { exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
  // The copy button copies it again after something else was copied.
  await page.evaluate(() => navigator.clipboard.writeText("something else"));
  await page.getByTestId("toast-url").getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByTestId("toast-url").getByRole("button", { name: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
});
