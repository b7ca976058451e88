import path from "node:path";
import { expect, test, withE2eDatabase } from "./fixtures";

const fixtures = path.join(import.meta.dirname, "../fixtures/imports");

test("a new user imports an Instagram post export and an X export, confirms, and finds them with the evidence mark on the public page", async ({
  signedInPage: page,
  user,
}) => {
  test.setTimeout(120_000);
  await page.goto("/dashboard/samples");
  await page.getByRole("link", { name: "Import from a platform export" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import from a platform export" })).toBeVisible();

  // Instagram posts → content samples.
  await page.getByLabel("Export file (CSV, XLSX or ZIP)").setInputFiles(path.join(fixtures, "instagram-posts.csv"));
  const found = page.getByTestId("found");
  await expect(found).toContainText("Instagram posts: 3 rows");
  await expect(found).toContainText("March 25, 2025 – April 2, 2025");
  // The preview: each column's mapping is visible and changeable; the engagement rate lib/metrics computes.
  await expect(page.getByLabel("Maps to: Reach")).toHaveValue("reach");
  await expect(page.getByRole("cell", { name: "11.04%" })).toBeVisible(); // (2,310 + 88 + 410 + 515) / 30,105
  await page.getByLabel("Maps to: Saves").selectOption("likes");
  await page.getByLabel("Maps to: Saves").selectOption("saves");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("import-errors")).toContainText("Kind of work");
  await page.getByLabel("Kind of work").selectOption("PERSONAL_BRAND");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("status")).toContainText("3 content samples saved");

  // X's per-day overview → a new campaign.
  await page.getByRole("button", { name: "Import another file" }).click();
  await page.getByLabel("Export file (CSV, XLSX or ZIP)").setInputFiles(path.join(fixtures, "x-account-overview.csv"));
  await expect(page.getByTestId("found")).toContainText("X account overview (per day): 3 rows");
  await page.getByLabel("Campaign title").fill("Spring launch on X");
  await page.getByLabel("Kind of work").selectOption("PERSONAL_BRAND");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("status")).toContainText("campaign figures saved");
  await expect(page.getByRole("link", { name: "See the campaign" })).toBeVisible();

  // A bad file is refused with what we support.
  await page.getByRole("button", { name: "Import another file" }).click();
  await page
    .getByLabel("Export file (CSV, XLSX or ZIP)")
    .setInputFiles({ name: "tweet_activity_metrics.csv", mimeType: "text/csv", buffer: Buffer.from("Name,Email\nAna,ana@example.test\n") });
  await expect(page.getByTestId("import-errors")).toContainText("We don't recognise this file");

  await page.goto("/dashboard/samples");
  await expect(page.getByText("Latte art in 15 seconds")).toBeVisible();

  await withE2eDatabase(async (client) => {
    await client.query(`UPDATE "Portfolio" SET visibility = 'PUBLIC', "publishedAt" = now() WHERE "userId" = (SELECT id FROM "User" WHERE handle = $1)`, [
      user.handle,
    ]);
  });
  await page.goto(`/${user.handle}`);
  await expect(page.getByRole("heading", { name: "Latte art in 15 seconds" })).toBeVisible();
  await expect(page.getByText("Imported from Instagram analytics")).toHaveCount(3);
  await expect(page.getByRole("heading", { name: "Spring launch on X" })).toBeVisible();
  await expect(page.getByText("Imported from X analytics").first()).toBeVisible();
});
