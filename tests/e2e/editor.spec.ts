import { expect, startFirstItem, test } from "./fixtures";
import type { Page } from "@playwright/test";

async function addMetric(page: Page, index: number, kind: string, value: string, baseline?: string) {
  await page.getByRole("button", { name: "Add metric" }).click();
  const row = page.getByTestId("metric-row").nth(index);
  await row.getByLabel("Metric", { exact: true }).selectOption({ label: kind });
  await row.getByLabel("Value", { exact: true }).fill(value);
  if (baseline) await row.getByLabel("Before", { exact: true }).fill(baseline);
}

async function addSample(page: Page, platform: string, format: string, title: string, reach: string, likes: string) {
  await page.goto("/dashboard/samples/new");
  await page.getByLabel("Platform", { exact: true }).selectOption({ label: platform });
  await page.getByLabel("Format", { exact: true }).selectOption({ label: format });
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Kind of work").selectOption({ label: "Client work" });
  await page.getByLabel("Hashtags").fill("#coffee, homebrew #Coffee");
  await page.getByLabel("Reach").fill(reach);
  await page.getByLabel("Likes").fill(likes);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/samples$/);
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
}

test("a new user adds a campaign with metrics and content samples, reorders and filters them", async ({ signedInPage: page }) => {
  // Campaigns start guided, not blank.
  await startFirstItem(page, "campaigns", { heading: "Add your first campaign", link: "Add campaign" });

  await page.getByLabel("Title", { exact: true }).fill("Spring menu launch");
  await page.getByLabel("Start date").fill("2026-03-01");
  await page.getByLabel("End date").fill("2026-02-01");
  await page.getByRole("checkbox", { name: "Instagram" }).check({ force: true });
  await page.getByLabel("Brand or client").fill("Northside Coffee");
  await page.getByRole("switch", { name: /Confidential client/ }).check({ force: true });
  await page.getByLabel("Anonymized label", { exact: true }).fill("a regional coffee chain");
  await page.getByLabel("Budget").fill("1,000");

  await addMetric(page, 0, "Reach", "48,000");
  await addMetric(page, 1, "Engagements", "3.1k");
  await addMetric(page, 2, "Revenue", "5,000");
  await addMetric(page, 3, "Ad spend", "1,000");
  await addMetric(page, 4, "Followers", "3,050", "2,400");

  // Computed live, with the formula beside each figure.
  const computed = page.getByRole("complementary").filter({ hasText: "Computed figures" });
  const engagement = computed.locator('[data-figure="engagementRate"]');
  await expect(engagement).toContainText("6.5");
  await expect(engagement).toContainText("3,100 engagements ÷ 48,000 reach");
  const roi = computed.locator('[data-figure="roi"]');
  await expect(roi).toContainText("400");
  await expect(roi).toContainText("revenue −");
  await expect(computed.locator('[data-figure="growth"]')).toContainText("27.1");

  // Kind of work is an explicit choice: nothing preselected, refused beside the field until chosen.
  await expect(page.getByLabel("Kind of work")).toHaveValue("");
  // End before start is refused beside the end date.
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("The end date can't be before the start date.")).toBeVisible();
  await expect(page.getByText("Choose what kind of work this was.")).toBeVisible();
  await page.getByLabel("Kind of work").selectOption({ label: "Volunteer" });
  await page.getByLabel("End date").fill("2026-04-30");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/campaigns$/);
  const row = page.getByRole("listitem").filter({ hasText: "Spring menu launch" });
  await expect(row).toContainText("a regional coffee chain");
  await expect(row).not.toContainText("Northside Coffee");
  await expect(row.locator('[data-figure="engagementRate"]')).toContainText("6.5");
  await expect(row.locator('[data-figure="roi"]')).toContainText("400");

  // Content samples on two platforms.
  await addSample(page, "Instagram", "Carousel", "5 ways to brew at home", "12,400", "830");
  await addSample(page, "TikTok", "Short video / reel", "Latte art in 15 seconds", "20k", "1,900");
  const titles = page.getByRole("list", { name: "Content samples" }).getByRole("heading", { level: 3 });
  await expect(titles).toHaveText(["5 ways to brew at home", "Latte art in 15 seconds"]);

  // Reorder with the move buttons (the keyboard alternative to dragging).
  await page.getByRole("button", { name: "Move Latte art in 15 seconds up" }).click();
  await expect(titles).toHaveText(["Latte art in 15 seconds", "5 ways to brew at home"]);
  await expect(page.getByText("Order saved")).toBeVisible();

  // Everything is as saved after a reload.
  await page.reload();
  await expect(titles).toHaveText(["Latte art in 15 seconds", "5 ways to brew at home"]);
  await page.getByRole("link", { name: "5 ways to brew at home", exact: true }).click();
  await expect(page.getByLabel("Hashtags")).toHaveValue("#coffee #homebrew");
  await expect(page.getByLabel("Reach")).toHaveValue("12400");
  await page.goto("/dashboard/campaigns");
  await page.getByRole("link", { name: "Spring menu launch", exact: true }).click();
  await expect(page.getByTestId("metric-row")).toHaveCount(5);
  await expect(page.getByTestId("metric-row").nth(4).getByLabel("Before", { exact: true })).toHaveValue("2400");
  await expect(page.getByLabel("Anonymized label", { exact: true })).toHaveValue("a regional coffee chain");

  // Filtering by platform shows only that platform (a plain link: works without JavaScript).
  await page.goto("/dashboard/samples");
  await page
    .getByRole("navigation", { name: "Filter by platform" })
    .getByRole("link", { name: /TikTok/ })
    .click();
  await expect(page).toHaveURL(/platform=TIKTOK/);
  await expect(titles).toHaveText(["Latte art in 15 seconds"]);
});

test("someone else's campaign id renders the not-found page", async ({ signedInPage: page }) => {
  const response = await page.goto("/dashboard/campaigns/not-a-real-id");
  expect(response?.status()).toBe(404);
  const sample = await page.goto("/dashboard/samples/not-a-real-id");
  expect(sample?.status()).toBe(404);
});
