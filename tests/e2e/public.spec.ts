import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, signInAs, test, withE2eDatabase } from "./fixtures";
import { isPdf, pdfPageTexts } from "../support/pdf-text";

// The public page as a recruiter meets it, on the seeded demo account (/demo).
test.describe.configure({ mode: "serial" });

/** The public page's section headings in their default order. */
const DEFAULT_SECTIONS = [
  "Campaign results",
  "Case studies",
  "Content samples",
  "Strategy documents",
  "Planning calendars",
  "Certifications",
  "Experience",
  "Skills & tools",
  "Education",
];

/** The section headings a page shows, top to bottom, without their item counts. */
async function sectionTitles(page: Page) {
  const titles = await page.locator("main section[data-section] > h2").allTextContents();
  return titles.map((title) => title.replace(/\d+ items?$/, "").trim());
}

const DEMO = { email: "demo@postfolio.dev", password: "demo-portfolio-2026", handle: "demo" };
const CONFIDENTIAL_CLIENT = "Northwind Coffee Roasters";

/** Adds a confidential case study to the demo portfolio (before its page is first rendered, so no cache holds an older copy). */
async function seedCaseStudy() {
  await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(`SELECT p.id FROM "Portfolio" p JOIN "User" u ON u.id = p."userId" WHERE u.handle = $1`, [DEMO.handle]);
    const portfolioId = rows[0]!.id;
    await client.query(
      `INSERT INTO "CaseStudy" (id, "portfolioId", position, title, slug, client, confidential, "anonymizedLabel", "workKind", role,
        challenge, strategy, execution, results, lessons, "updatedAt")
       VALUES ('e2e-case-study', $1, 0, 'Turning a menu launch into store visits', 'menu-launch', $2, true, 'a regional coffee chain',
        'FREELANCE', 'Freelance social media manager', $3, 'Short-form video first.', 'Twelve weeks of reels.', 'Visits up.', 'Hooks matter.', now())
       ON CONFLICT (id) DO NOTHING`,
      [portfolioId, CONFIDENTIAL_CLIENT, `${CONFIDENTIAL_CLIENT} had flat foot traffic.`],
    );
    await client.query(
      `INSERT INTO "KeyResult" (id, "caseStudyId", position, kind, value, baseline, source)
       VALUES ('e2e-key-result', 'e2e-case-study', 0, 'FOLLOWERS', 6870, 4120, 'ANALYTICS_EXPORT') ON CONFLICT (id) DO NOTHING`,
    );
  });
}

/** A fresh, signed-out visitor. */
async function visitor(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(options);
  return { page: await context.newPage(), close: () => context.close() };
}

/**
 * Opens the publish settings without the dashboard prefetching /demo: a render
 * still in flight when a setting is saved stores the old page after the
 * invalidation (then only the route's 60-second revalidate fixes it).
 */
async function openPublish(page: Page) {
  await page.route(/\/demo(\?|$)/, (route) => (route.request().headers()["rsc"] ? route.abort() : route.continue()));
  await page.goto("/dashboard/publish");
}

async function setTheme(page: Page, label: "Clean light" | "Bold dark" | "Editorial") {
  await openPublish(page);
  await page.getByRole("radio", { name: label }).check();
  await page.getByRole("button", { name: "Save appearance" }).click();
  await expect(page.getByText("Appearance saved")).toBeVisible();
}

test.beforeAll(async () => {
  await seedCaseStudy();
});

test("publish, visit signed out, read results and a case study", async ({ page, browser }) => {
  await signInAs(page, DEMO);
  await openPublish(page);
  await expect(page.getByRole("heading", { level: 1, name: "Publish" })).toBeVisible();

  // Unpublish: visitors get a 404 on the next request.
  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByText("Your page is a draft again")).toBeVisible();
  let guest = await visitor(browser);
  const hidden = await guest.page.goto("/demo");
  expect(hidden?.status()).toBe(404);
  await expect(guest.page.getByRole("heading", { name: "This portfolio isn't available" })).toBeVisible();
  await guest.close();

  // The owner's preview still shows it, with the banner.
  await page.goto("/dashboard/preview");
  await expect(page.getByText("Preview — this is what visitors see.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Alex Rivera" })).toBeVisible();

  // The dashboard's overview says so first, with no link to a page nobody can open.
  await page.goto("/dashboard");
  await expect(page.getByTestId("page-status")).toContainText("Draft — only you can see it");
  await expect(page.getByTestId("page-status").getByRole("link", { name: "Open /demo" })).toHaveCount(0);

  // Publish again.
  await openPublish(page);
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Your page is published")).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByTestId("page-status")).toContainText("Public — anyone with the address can see it");
  await expect(page.getByTestId("page-status").getByRole("link", { name: "Open /demo" })).toHaveAttribute("href", "/demo");

  guest = await visitor(browser);
  const response = await guest.page.goto("/demo");
  expect(response?.status()).toBe(200);
  const p = guest.page;
  await expect(p.getByRole("heading", { level: 1, name: "Alex Rivera" })).toBeVisible();
  await expect(p.getByText("Open to work")).toBeVisible();
  await expect(p.getByRole("link", { name: "Contact Alex Rivera" })).toHaveAttribute("href", "mailto:alex.rivera@example.com");

  // Sections in the default order.
  expect(await sectionTitles(p)).toEqual(DEFAULT_SECTIONS);

  // Results first, honest labels, charts with their numbers as text.
  const firstCampaign = p.locator("article[id^=campaign-]").first();
  await expect(firstCampaign.getByRole("heading", { name: "Top results" })).toBeVisible();
  await expect(firstCampaign.locator("[data-result=FOLLOWERS]")).toContainText("4,120 → 6,870");
  await expect(firstCampaign.locator("[data-result=FOLLOWERS]")).toContainText("+66.7% growth");
  await expect(firstCampaign.getByText("Confidential client")).toBeVisible();
  await expect(firstCampaign.getByText("For a regional coffee chain (12 locations)")).toBeVisible();
  // Charts, KPIs and every number wait behind one click (issue #15: a shorter page), HTML only.
  await firstCampaign.locator("[data-campaign-details] > summary").click();
  await expect(firstCampaign.locator("figure[data-chart=line] svg")).toBeVisible();
  await expect(firstCampaign.locator("figure[data-chart=line] table")).toHaveCount(1);
  await expect(firstCampaign.locator("[data-kpi=engagementRate]")).toContainText("÷");
  await expect(p.locator("[data-work-kind=MOCK]").first()).toHaveText("Mock / spec project");
  // One grid of samples with a platform filter (radio buttons; featured.spec.ts uses it without JavaScript).
  await expect(p.getByRole("group", { name: "Show samples from" })).toBeVisible();
  await expect(p.locator("article[id^=sample-] img").first()).toHaveAttribute("loading", "lazy");

  // The confidential client's name is nowhere in what the server sent.
  expect(await response!.text()).not.toContain(CONFIDENTIAL_CLIENT);

  // The case study.
  await p
    .locator('a[href$="/case-studies/menu-launch"]')
    .filter({ hasText: /Read the case study/ })
    .click();
  await expect(p).toHaveURL(/\/demo\/case-studies\/menu-launch$/);
  await expect(p.getByRole("heading", { level: 1, name: "Turning a menu launch into store visits" })).toBeVisible();
  await expect(p.getByRole("heading", { name: "Key results" })).toBeVisible();
  await expect(p.getByText(/a regional coffee chain( \(12 locations\))? had flat foot traffic\./)).toBeVisible();
  expect(await p.content()).not.toContain(CONFIDENTIAL_CLIENT);
  await guest.close();
});

test("a signed-out visitor downloads the PDF: profile first, sections flowing on 2–4 pages, no confidential name", async ({ browser }, testInfo) => {
  // Without JavaScript: "Download PDF" is a plain link, and the server prints the page.
  const guest = await visitor(browser, { javaScriptEnabled: false });
  await guest.page.goto("/demo");
  const link = guest.page.getByRole("link", { name: "Download PDF" });
  await expect(link).toHaveAttribute("href", "/demo/pdf");
  const [download] = await Promise.all([guest.page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("demo-portfolio.pdf");
  const file = testInfo.outputPath("demo-portfolio.pdf");
  await download.saveAs(file);
  const bytes = readFileSync(file);
  expect(isPdf(bytes)).toBe(true);

  const pages = await pdfPageTexts(bytes);
  const text = pages.join("\n");
  expect(pages[0]).toContain("Alex Rivera");
  expect(pages.filter((page) => page.trim() === "").length, "blank pages").toBe(0);
  expect(text).toContain("a regional coffee chain");
  expect(text).not.toContain(CONFIDENTIAL_CLIENT);
  expect(text).not.toContain("Northwind");
  // A résumé, not a page per section (issue #15): the sections flow in the page's order on 2–4 pages.
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(pages.length).toBeLessThanOrEqual(4);
  const sectionHeadings = await guest.page.locator("main section[data-section] > h2").allTextContents();
  const positions = sectionHeadings.map((heading) =>
    text.search(
      new RegExp(
        `${heading
          .replace(/\d+ items?$/, "")
          .trim()
          .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\d+ items?`,
      ),
    ),
  );
  expect(
    positions.every((index) => index >= 0),
    JSON.stringify(positions),
  ).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);

  // Served as a download that search engines skip, revalidated by ETag.
  const response = await guest.page.request.get("/demo/pdf");
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toBe('attachment; filename="demo-portfolio.pdf"');
  expect(response.headers()["x-robots-tag"]).toContain("noindex");
  const etag = response.headers()["etag"]!;
  const again = await guest.page.request.get("/demo/pdf", { headers: { "if-none-match": etag } });
  expect(again.status()).toBe(304);
  await guest.close();
});

test("theme changes show on the next request, and every theme passes axe", async ({ page, browser }) => {
  await signInAs(page, DEMO);
  for (const [label, attribute] of [
    ["Bold dark", "dark"],
    ["Editorial", "editorial"],
    ["Clean light", "light"],
  ] as const) {
    await setTheme(page, label);
    const guest = await visitor(browser);
    await guest.page.goto("/demo");
    await expect(guest.page.locator("[data-public-page]")).toHaveAttribute("data-theme", attribute);
    const results = await new AxeBuilder({ page: guest.page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(
      results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")}`,
      ),
      label,
    ).toEqual([]);
    await guest.close();
  }
});

test("a section can be moved and hidden, and the page reads without JavaScript", async ({ page, browser }) => {
  await signInAs(page, DEMO);
  await openPublish(page);
  await page.getByRole("button", { name: "Move Content samples up" }).click();
  await expect(page.getByText("Order saved")).toBeVisible();

  const guest = await visitor(browser, { javaScriptEnabled: false });
  await guest.page.goto("/demo");
  await expect(guest.page.getByRole("heading", { level: 1, name: "Alex Rivera" })).toBeVisible();
  expect(await sectionTitles(guest.page)).toEqual(["Campaign results", "Content samples", "Case studies", ...DEFAULT_SECTIONS.slice(3)]);
  await guest.page.locator("[data-campaign-details] > summary").first().click();
  await expect(guest.page.locator("figure[data-chart=line] svg").first()).toBeVisible();
  await guest.page
    .locator('a[href$="/case-studies/menu-launch"]')
    .filter({ hasText: /Read the case study/ })
    .click();
  await expect(guest.page.getByRole("heading", { level: 1, name: "Turning a menu launch into store visits" })).toBeVisible();
  await guest.close();

  // Put the order back for other runs.
  await page.getByRole("button", { name: "Move Content samples down" }).click();
  await expect(page.getByText("Order saved").first()).toBeVisible();
});
