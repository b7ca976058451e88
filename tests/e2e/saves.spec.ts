// Issue #19: a save answers with only what the form needs (no re-render of the
// dashboard in its answer), yet every page that lists the item shows it fresh on
// the next in-app navigation; a save from an older tab is refused, not applied.
import { expect, startFirstItem, test } from "./fixtures";
import type { Page } from "@playwright/test";

async function fillCampaign(page: Page, title: string) {
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Start date").fill("2026-03-01");
  await page.getByLabel("Kind of work").selectOption({ label: "Client work" });
}

function sectionCard(page: Page, title: string) {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
}

test("a saved campaign shows on its list and in the overview's counts after in-app navigation", async ({ signedInPage: page }) => {
  await page.goto("/dashboard");
  await expect(sectionCard(page, "Campaign results")).toContainText("Nothing yet");

  await startFirstItem(page, "campaigns", { heading: "Add your first campaign", link: "Add campaign" });
  await fillCampaign(page, "Spring menu launch");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/campaigns$/);
  await expect(page.getByRole("heading", { name: "Spring menu launch" })).toBeVisible();

  // Edit through the app's own links (client-side navigation, the router cache in play).
  await page.getByRole("link", { name: "Spring menu launch", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/campaigns\/[^/]+$/);
  await page.getByLabel("Title", { exact: true }).fill("Summer menu launch");
  // The answer is read as it passes through (route.fetch), not after the fact: the form navigates to
  // its list as soon as the answer lands, and Chromium drops the body of a response navigated away from.
  const answerBytes: number[] = [];
  await page.route("**/dashboard/campaigns/**", async (route) => {
    if (route.request().method() !== "POST" || route.request().headers()["next-action"] === undefined) return route.fallback();
    const response = await route.fetch();
    answerBytes.push((await response.body()).byteLength);
    await route.fulfill({ response });
  });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect.poll(() => answerBytes.length).toBe(1);
  // The answer holds the action's result, not the editor page re-rendered (it was ~79 kB).
  expect(answerBytes[0]).toBeLessThan(4_000);
  await expect(page).toHaveURL(/\/dashboard\/campaigns$/);
  await expect(page.getByRole("heading", { name: "Summer menu launch" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Spring menu launch" })).toHaveCount(0);

  await page.getByRole("navigation").getByRole("link", { name: "Overview" }).first().click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(sectionCard(page, "Campaign results")).toContainText("1 item");
});

test("a save from an older tab is refused beside the form, keeps its text and overwrites nothing", async ({ signedInPage: page }) => {
  await startFirstItem(page, "campaigns", { heading: "Add your first campaign", link: "Add campaign" });
  await fillCampaign(page, "Original title");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/campaigns$/);
  await page.getByRole("link", { name: "Original title", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/campaigns\/[^/]+$/);
  const editUrl = page.url();

  const older = await page.context().newPage();
  await older.goto(editUrl);
  await expect(older.getByLabel("Title", { exact: true })).toHaveValue("Original title");

  await page.getByLabel("Title", { exact: true }).fill("Saved in the newer tab");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\/dashboard\/campaigns$/);

  await older.getByLabel("Title", { exact: true }).fill("Typed in the older tab");
  await older.getByRole("button", { name: "Save changes" }).click();
  await expect(older.getByText("This was changed in another tab or by a later save. Reload to see it; your text is kept below.").first()).toBeVisible();
  await expect(older).toHaveURL(editUrl);
  await expect(older.getByLabel("Title", { exact: true })).toHaveValue("Typed in the older tab");
  await expect(older.getByText("Saved", { exact: true })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole("heading", { name: "Saved in the newer tab" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Typed in the older tab" })).toHaveCount(0);
});
