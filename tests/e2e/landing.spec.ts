import { expect, test } from "@playwright/test";

test("the home page says what Postfolio is and leads to sign-up", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Postfolio/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The portfolio that shows recruiters your results");
  await expect(page.getByRole("heading", { name: "Campaign results and metrics" })).toBeVisible();
  const cta = page.getByRole("link", { name: "Build your portfolio" }).first();
  await expect(cta).toHaveAttribute("href", "/signup");
});

test("the health check answers with the database reachable", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: true });
});
