// Issue #19: a list's reorder, show/hide, duplicate and delete answer with what their client needs, not the
// dashboard re-rendered (no revalidatePath of its layout). The list keeps its own order and switch state; after a
// duplicate or a delete it refreshes itself, so the new row and the nav's count show without a reload.
import type { Page } from "@playwright/test";
import { actionAnswers, expect, test } from "./fixtures";

async function addSample(page: Page, title: string) {
  await page.goto("/dashboard/samples/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Kind of work").selectOption({ label: "Mock / spec project" });
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/samples$/);
}

test("reorder, hide, duplicate and delete answer small; the list and the nav's count follow without a reload", async ({ signedInPage: page }) => {
  await addSample(page, "Latte art in 15 seconds");
  await addSample(page, "5 ways to brew at home");
  const titles = page.getByRole("list", { name: "Content samples" }).getByRole("heading", { level: 3 });
  await expect(titles).toHaveText(["Latte art in 15 seconds", "5 ways to brew at home"]);
  // The item form's save answers small and then refreshes the layout once it is back on the list: the nav counts the
  // new sample without a reload.
  const navCount = page
    .getByRole("navigation")
    .getByRole("link", { name: /Content samples/ })
    .first();
  await expect(navCount).toContainText("2");

  // Everything below happens on this one page load: a reload would drop the mark.
  await page.evaluate(() => Object.assign(window, { __sameLoad: true }));
  const sizes = await actionAnswers(page, "/dashboard/samples");
  const answered: Record<string, number> = {};

  await page.getByRole("button", { name: "Move 5 ways to brew at home up" }).click();
  await expect(titles).toHaveText(["5 ways to brew at home", "Latte art in 15 seconds"]);
  await expect(page.getByText("Order saved")).toBeVisible();
  await expect.poll(() => sizes.length).toBe(1);
  answered.reorder = sizes[0] ?? Number.NaN;

  const hide = page.getByRole("switch", { name: "Show “Latte art in 15 seconds” on the public page" });
  await hide.click();
  await expect(hide).toHaveAttribute("aria-checked", "false");
  await expect.poll(() => sizes.length).toBe(2);
  answered.hide = sizes[1] ?? Number.NaN;

  await page.getByRole("button", { name: "Duplicate Latte art in 15 seconds" }).click();
  await expect(titles).toHaveText(["5 ways to brew at home", "Latte art in 15 seconds", "Latte art in 15 seconds (copy)"]);
  await expect(navCount).toContainText("3");
  // The copy keeps the original's visibility, and the original's switch still says what was stored.
  await expect(page.getByRole("switch", { name: "Show “Latte art in 15 seconds (copy)” on the public page" })).toHaveAttribute("aria-checked", "false");
  await expect(hide).toHaveAttribute("aria-checked", "false");
  await expect.poll(() => sizes.length).toBe(2 + 1);
  answered.duplicate = sizes[2] ?? Number.NaN;

  await page.getByRole("button", { name: "Delete 5 ways to brew at home" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete", exact: true }).click();
  await expect(titles).toHaveText(["Latte art in 15 seconds", "Latte art in 15 seconds (copy)"]);
  await expect(navCount).toContainText("2");
  await expect.poll(() => sizes.length).toBe(4);
  answered.delete = sizes[3] ?? Number.NaN;

  expect(await page.evaluate(() => (window as unknown as { __sameLoad?: boolean }).__sameLoad)).toBe(true);
  console.log(`list action answers (bytes): ${JSON.stringify(answered)}`);
  // Each answer is the action's result (ids, a flag), not the samples page re-rendered (~80 kB).
  for (const size of Object.values(answered)) expect(size).toBeLessThan(4_000);

  // What the list showed is what was stored.
  await page.reload();
  await expect(titles).toHaveText(["Latte art in 15 seconds", "Latte art in 15 seconds (copy)"]);
  await expect(hide).toHaveAttribute("aria-checked", "false");
});

test("a credential's hide shows its badge and its delete drops the row and the nav's count, from small answers", async ({ signedInPage: page }) => {
  await page.goto("/dashboard/credentials");
  await page.getByRole("button", { name: "Add certification" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name", { exact: true }).fill("Meta Blueprint");
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId("certification-row").filter({ hasText: "Meta Blueprint" });
  await expect(row).toBeVisible();
  await page.reload(); // the nav as the server counts it now
  const navCount = page
    .getByRole("navigation")
    .getByRole("link", { name: /Credentials & experience/ })
    .first();
  await expect(navCount).toContainText("1");

  await page.evaluate(() => Object.assign(window, { __sameLoad: true }));
  const sizes = await actionAnswers(page, "/dashboard/credentials");
  await page.getByRole("switch", { name: "Hide Meta Blueprint from the public page" }).click();
  // The row's own "Hidden" badge follows the switch, with no re-rendered page in the answer.
  await expect(row.getByText("Hidden", { exact: true })).toBeVisible();
  await expect.poll(() => sizes.length).toBe(1);

  await page.getByRole("button", { name: "Delete Meta Blueprint" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete Meta Blueprint" }).click();
  await expect(row).toHaveCount(0);
  await expect(navCount).toContainText("0");
  await expect.poll(() => sizes.length).toBe(2);

  expect(await page.evaluate(() => (window as unknown as { __sameLoad?: boolean }).__sameLoad)).toBe(true);
  console.log(`credential answers (bytes): hide ${sizes[0]}, delete ${sizes[1]}`);
  for (const size of sizes) expect(size).toBeLessThan(4_000);
});
