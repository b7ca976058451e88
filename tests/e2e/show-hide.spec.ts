import { expect, test, withE2eDatabase } from "./fixtures";

// Campaigns and samples have the documents' show/hide switch in their lists.
test("the owner hides a campaign and a sample from the public page from their lists, and shows them again", async ({ signedInPage: page, user }) => {
  await page.goto("/dashboard/campaigns/new");
  await page.getByLabel("Title", { exact: true }).fill("Spring menu launch");
  await page.getByLabel("Start date").fill("2026-03-01");
  await page.getByLabel("Kind of work").selectOption({ label: "Client work" });
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/campaigns$/);

  const campaignSwitch = page.getByRole("switch", { name: "Show “Spring menu launch” on the public page" });
  await expect(campaignSwitch).toHaveAttribute("aria-checked", "true");
  await campaignSwitch.click();
  await expect(page.getByText("Hidden from your public page").first()).toBeVisible();
  await page.reload();
  await expect(campaignSwitch).toHaveAttribute("aria-checked", "false");
  await expect(campaignSwitch).toHaveText("Hidden");

  await page.goto("/dashboard/samples/new");
  await page.getByLabel("Title", { exact: true }).fill("Latte art in 15 seconds");
  await page.getByLabel("Kind of work").selectOption({ label: "Client work" });
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/samples$/);
  const sampleSwitch = page.getByRole("switch", { name: "Show “Latte art in 15 seconds” on the public page" });
  await sampleSwitch.click();
  await expect(sampleSwitch).toHaveAttribute("aria-checked", "false");
  await page.reload();
  await expect(sampleSwitch).toHaveAttribute("aria-checked", "false");

  // This user's rows only: other specs use the same titles.
  const owned = (table: string) =>
    `select t.hidden from "${table}" t join "Portfolio" p on p.id = t."portfolioId" join "User" u on u.id = p."userId" where u.email = $1`;
  const stored = await withE2eDatabase(async (client) => ({
    campaign: (await client.query(owned("Campaign"), [user.email])).rows,
    sample: (await client.query(owned("ContentSample"), [user.email])).rows,
  }));
  expect(stored).toEqual({ campaign: [{ hidden: true }], sample: [{ hidden: true }] });

  // And back: shown again after a reload.
  await sampleSwitch.click();
  await expect(page.getByText("Shown on your public page").first()).toBeVisible();
  await page.reload();
  await expect(sampleSwitch).toHaveAttribute("aria-checked", "true");
});
