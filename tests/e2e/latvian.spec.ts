import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

// Issue #17 end to end: a visitor switches the app to Latvian, signs up, enters
// a campaign the way a Latvian types numbers, publishes with the page language
// set to Latvian, and the public page reads as Latvian. Every label comes from
// the Latvian messages (English where a key is not translated yet), so the test
// follows the translations as they arrive.
type Tree = { [key: string]: string | Tree };

/** The messages as the app merges them (lib/i18n/messages/lv/index.ts): every Latvian file over English. Read from disk: Playwright's loader cannot import JSON modules. */
function messages(locale: string): Tree {
  const folder = path.join("lib/i18n/messages", locale);
  const files = readdirSync(folder).filter((name) => name.endsWith(".json"));
  return Object.assign({}, ...files.map((name) => JSON.parse(readFileSync(path.join(folder, name), "utf8")) as Tree));
}

function mergeOver(base: Tree, over: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = out[key];
    out[key] = typeof value === "object" && typeof under === "object" ? mergeOver(under, value) : value;
  }
  return out;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the message tree, typed loosely for property access
const lv = mergeOver(messages("en"), messages("lv")) as any;
const NBSP = "\u00a0";
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

test.describe.configure({ timeout: 120_000 });

test("a Latvian signs up in Latvian, enters 12 400 and 3,5, and publishes a page in Latvian", async ({ page, browser }, testInfo) => {
  const id = randomUUID().slice(0, 8);
  const handle = `laura-${id}`;

  // The landing page's switcher; the choice is remembered (NEXT_LOCALE) and sets <html lang>.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page
    .getByRole("button", { name: /Latviešu/ })
    .first()
    .click();
  await expect(page.locator("html")).toHaveAttribute("lang", "lv");
  await expect(page.getByRole("button", { name: /Latviešu/ }).first()).toHaveAttribute("aria-pressed", "true");
  expect((await page.context().cookies()).find((cookie) => cookie.name === "NEXT_LOCALE")?.value).toBe("lv");

  await page.goto("/signup");
  await expect(page.locator("html")).toHaveAttribute("lang", "lv");
  await page.getByLabel(lv.auth.fields.name).fill(`Laura Ozoliņa ${id}`);
  await page.getByLabel(lv.auth.fields.handle).fill(handle);
  await page.getByLabel(lv.auth.fields.email).fill(`laura-${id}@example.test`);
  await page.getByLabel(lv.auth.fields.password, { exact: true }).fill(`dzintars-${id}-jura`);
  await page.getByRole("button", { name: lv.auth.signup.submit }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  // The account keeps the language it signed up in.
  await expect(page.locator("html")).toHaveAttribute("lang", "lv");

  // A campaign with a space-grouped count and a decimal comma.
  await page.goto("/dashboard/campaigns/new");
  await page.getByLabel(lv.campaigns.fields.title, { exact: true }).fill("Ziemas kampaņa");
  await page.getByLabel(lv.editor.common.workKind).selectOption({ label: lv.workKinds.CLIENT });
  await page.getByLabel(lv.campaigns.fields.startDate).fill("2026-03-05");
  await page.getByLabel(lv.campaigns.fields.currency).selectOption("EUR");
  await page.getByLabel(lv.campaigns.fields.budget).fill("3,5");
  await page.getByRole("button", { name: lv.campaigns.metric.add }).click();
  const row = page.getByTestId("metric-row").first();
  await row.getByLabel(lv.campaigns.metric.kind, { exact: true }).selectOption({ label: lv.metrics.kinds.REACH });
  await row.getByLabel(lv.campaigns.metric.value, { exact: true }).fill("12 400");
  await page.getByRole("button", { name: lv.editor.common.save, exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/campaigns$/);

  // Page language Latvian, then publish.
  await page.goto("/dashboard/publish");
  await page.getByRole("radio", { name: lv.language.names.lv }).check();
  await page.getByRole("button", { name: lv.language.page.save }).click();
  await expect(page.getByText(lv.language.page.saved)).toBeVisible();
  await page.getByRole("button", { name: lv.publicPage.publish.visibility.publish }).click();
  await expect(page.getByText(lv.publicPage.publish.visibility.saved.PUBLIC).first()).toBeVisible();

  // The Latvian dashboard at phone width, looked at for clipping (Latvian words are longer).
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/dashboard");
  await page.screenshot({ path: testInfo.outputPath("latvian-dashboard-375.png"), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // A visitor with an English browser reads the page in the owner's page language.
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 375, height: 812 } });
  const visitor = await context.newPage();
  const response = await visitor.goto(`/${handle}`);
  expect(response?.status()).toBe(200);
  await expect(visitor.locator("html")).toHaveAttribute("lang", "lv");
  await expect(visitor.getByRole("heading", { level: 2, name: lv.publicPage.sections.campaigns })).toBeVisible();
  const main = visitor.locator("main");
  await expect(main).toContainText(`12${NBSP}400`);
  await expect(main).toContainText(lv.publicPage.campaigns.budget.replace("{amount}", `3,50${NBSP}€`));
  await expect(main).toContainText("2026. g. 5. marts");
  await expect(visitor.locator('meta[property="og:locale"]')).toHaveAttribute("content", "lv_LV");
  await visitor.screenshot({ path: testInfo.outputPath("latvian-page-375.png"), fullPage: true });
  expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const { violations } = await new AxeBuilder({ page: visitor }).withTags(TAGS).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  await context.close();
});

test("the Latvian demo twin passes axe and speaks Latvian", async ({ page }) => {
  const response = await page.goto("/demo-lv");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "lv");
  await expect(page.getByRole("heading", { level: 1, name: "Laura Ozoliņa" })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
});
