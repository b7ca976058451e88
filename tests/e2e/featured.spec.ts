import { readFileSync, writeFileSync } from "node:fs";
import type { Browser } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";
import { isPdf, pdfPageTexts } from "../support/pdf-text";

// Issue #15 "lead with the work" on the seeded demo (/demo): the featured strip
// above the fold on a phone, the no-JavaScript platform filter and carousel,
// "Show all", the owner's picks, the PDF as a short résumé, and the owner's
// own draft address.
test.describe.configure({ mode: "serial" });

const DEMO = { email: "demo@postfolio.dev", password: "demo-portfolio-2026", handle: "demo" };

async function visitor(browser: Browser, options: Parameters<Browser["newContext"]>[0] = {}) {
  const context = await browser.newContext(options);
  return { page: await context.newPage(), close: () => context.close() };
}

test("on a phone without JavaScript the work is above the fold, and the samples filter and page by CSS and anchors", async ({ browser }) => {
  const guest = await visitor(browser, { javaScriptEnabled: false, viewport: { width: 375, height: 667 } });
  const p = guest.page;
  await p.goto("/demo");
  const strip = p.locator("[data-featured]");
  await expect(strip.getByRole("definition").first()).toBeVisible();
  // Three headline figures and four sample pictures, all on the first screen.
  await expect(strip.locator("[data-featured-figure]")).toHaveCount(3);
  await expect(strip.locator("[data-featured-figure]").first()).toBeInViewport();
  await expect(strip.getByRole("list", { name: "Featured content samples" }).getByRole("img")).toHaveCount(4);
  await expect(strip.getByRole("list", { name: "Featured content samples" })).toBeInViewport();
  // Nothing is wider than the phone.
  expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // The platform filter: radio buttons and CSS only.
  const filter = p.getByRole("group", { name: "Show samples from" });
  const cards = p.locator("[data-sample-platform]");
  const visiblePlatforms = async () =>
    cards.evaluateAll((items) => items.filter((item) => (item as HTMLElement).offsetParent !== null).map((item) => item.getAttribute("data-sample-platform")));
  const all = await visiblePlatforms();
  expect(new Set(all).size).toBeGreaterThan(1);
  await filter.getByText("TikTok").click();
  expect(await visiblePlatforms()).toEqual(["TIKTOK"]);
  await filter.getByText("Instagram").click();
  const instagram = await visiblePlatforms();
  expect(instagram.length).toBeGreaterThan(0);
  expect(new Set(instagram)).toEqual(new Set(["INSTAGRAM"]));
  await filter.getByText("All platforms").click();
  expect(await visiblePlatforms()).toEqual(all);

  // The carousel says how many images it has and pages by anchors.
  const carousel = p.locator("[data-carousel]").first();
  await expect(carousel).toContainText("2 images");
  const second = carousel.locator("li[id$='-image-2']");
  await expect(second).not.toBeInViewport();
  await carousel.getByRole("link", { name: "Image 2 of 2" }).click();
  await expect(second).toBeInViewport();

  // A long calendar shows its first month; "Show all" opens the rest without JavaScript.
  const calendars = p.locator("[data-section=calendars]");
  const showAll = calendars.getByText(/^Show all \d+ months$/).first();
  await expect(showAll).toBeVisible();
  await expect(calendars.locator("details h4").first()).toBeHidden();
  await showAll.click();
  await expect(calendars.getByText("Show fewer").first()).toBeVisible();
  await expect(calendars.locator("details h4").first()).toBeVisible();
  await guest.close();
});

test("the owner picks the featured pictures and numbers on the publish screen; visitors see them next", async ({ page, browser }) => {
  await signInAs(page, DEMO);
  await page.goto("/dashboard/publish");
  const picker = page.getByTestId("featured-picker");
  await expect(picker.getByRole("heading", { name: "Featured work" })).toBeVisible();
  // Nothing picked yet: the defaults are ticked (4 pictures, 3 numbers).
  await expect(picker.getByText("Nothing picked yet")).toBeVisible();
  const figures = picker.getByRole("group", { name: /Headline numbers/ }).getByRole("checkbox");
  const images = picker.getByRole("group", { name: /Pictures/ }).getByRole("checkbox");
  await expect(images.and(page.locator(":checked"))).toHaveCount(4);
  await expect(figures.and(page.locator(":checked"))).toHaveCount(3);

  // Pick exactly one number and two pictures, in this order.
  for (const checked of [figures.and(page.locator(":checked")), images.and(page.locator(":checked"))]) {
    while ((await checked.count()) > 0) await checked.first().uncheck();
  }
  const figure = figures.filter({ hasNot: page.locator(":checked") }).last();
  const figureLabel = (await figure.locator("xpath=..").innerText()).split(":")[0]!.trim();
  await figure.check();
  await images.nth(1).check();
  await images.nth(0).check();
  await picker.getByRole("button", { name: "Save featured work" }).click();
  await expect(page.getByText("Featured work saved")).toBeVisible();

  const guest = await visitor(browser);
  await guest.page.goto("/demo");
  const strip = guest.page.locator("[data-featured]");
  await expect(strip.locator("[data-featured-figure]")).toHaveCount(1);
  await expect(strip.locator("[data-featured-figure]")).toContainText(figureLabel);
  await expect(strip.getByRole("list", { name: "Featured content samples" }).getByRole("img")).toHaveCount(2);
  await guest.close();

  // Back to the defaults for the other specs.
  await page.reload();
  await picker.getByRole("button", { name: "Use the defaults" }).click();
  await expect(page.getByText("Featured work saved")).toBeVisible();
});

test("the PDF is a 2–4 page résumé: sections flow, the full case study, links as text, the public address in the footer", async ({ browser }, testInfo) => {
  const guest = await visitor(browser, { javaScriptEnabled: false });
  const response = await guest.page.request.get("/demo/pdf");
  expect(response.status()).toBe(200);
  const bytes = await response.body();
  expect(isPdf(bytes)).toBe(true);
  const file = testInfo.outputPath("demo-portfolio.pdf");
  writeFileSync(file, bytes);
  const pages = await pdfPageTexts(bytes);
  expect(pages.length, "pages").toBeGreaterThanOrEqual(2);
  expect(pages.length, "pages").toBeLessThanOrEqual(4);
  const text = pages.join("\n");
  expect(pages[0]).toContain("Alex Rivera");
  // Every page's footer names the public address (NEXTAUTH_URL's host here), with its page number.
  for (const [index, page] of pages.entries()) {
    expect(page, `page ${index + 1}`).toContain(`Alex Rivera — portfolio online: ${new URL(testInfo.project.use.baseURL!).host}/demo`);
    expect(page, `page ${index + 1}`).toContain(`${index + 1} / ${pages.length}`);
  }
  // Links are their text, never a raw address in brackets.
  expect(text).not.toMatch(/\(https?:\/\//);
  // The case study's whole story, not a preview.
  expect(text).toContain("Lessons learned");
  expect(readFileSync(file).byteLength).toBe(bytes.byteLength);
  await guest.close();
});

test("the owner opening their own draft address is told to publish it; a visitor still sees 'not available'", async ({ signedInPage: page, user, browser }) => {
  const response = await page.goto(`/${user.handle}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "This is your draft — publish it" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Publish your page" })).toHaveAttribute("href", "/dashboard/publish");
  await expect(page.getByRole("heading", { name: "This portfolio isn't available" })).toBeHidden();
  // The response itself is the visitors' one (cacheable, the same bytes); only the owner's check answered differently.
  expect(response?.headers()["cache-control"]).toContain("public");

  const guest = await visitor(browser);
  await guest.page.goto(`/${user.handle}`);
  await expect(guest.page.getByRole("heading", { name: "This portfolio isn't available" })).toBeVisible();
  await expect(guest.page.getByText("This is your draft — publish it")).toBeHidden();
  await guest.close();
});
