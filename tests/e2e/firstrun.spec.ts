import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Issue #15 "don't make them type it twice": a sample or case study linked to a campaign takes
// its kind of work, client, confidentiality and dates (never over what the user typed), a case
// study ticks the campaign's figures as key results, and new items start from the owner's
// history and locale. Then the leave prompt: our dialog for in-app links and Back, the browser's
// own for closing the tab.

// A Latvian reader: with no history yet, money is in euros.
test.use({ locale: "lv-LV" });

async function newCampaign(page: Page) {
  await page.goto("/dashboard/campaigns/new");
  // The locale's currency (lv → EUR), not a fixed USD.
  await expect(page.getByLabel("Currency", { exact: true })).toHaveValue("EUR");
  await page.getByLabel("Title", { exact: true }).fill("Home for Winter");
  await page.getByLabel("Start date").fill("2026-10-01");
  await page.getByLabel("End date").fill("2026-11-26");
  await page.getByLabel("Kind of work").selectOption({ label: "Volunteer" });
  await page.getByLabel("Brand or client").fill("Riga Animal Shelter");
  await page.getByRole("checkbox", { name: "Instagram" }).check({ force: true });
  await page.getByRole("button", { name: "Add metric" }).click();
  const row = page.getByTestId("metric-row").first();
  await row.getByLabel("Metric", { exact: true }).selectOption({ label: "Reach" });
  await row.getByLabel("Value", { exact: true }).fill("18.4k");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/campaigns$/);
}

test("a linked campaign fills what the user has not typed; a case study ticks its figures; new items follow the last ones", async ({ signedInPage: page }) => {
  test.setTimeout(120_000);
  await newCampaign(page);

  // A sample linked to the campaign: kind of work and client come from it, with a note that says so.
  await page.goto("/dashboard/samples/new");
  await page.getByLabel("Platform", { exact: true }).selectOption({ label: "TikTok" });
  await page.getByLabel("Title", { exact: true }).fill("Snow walk with the shelter dogs");
  await page.getByLabel("Part of a campaign").selectOption({ label: "Home for Winter" });
  await expect(page.getByTestId("campaign-fill-note")).toHaveText(/From campaign “Home for Winter”: kind of work and client/);
  await expect(page.getByLabel("Kind of work")).toHaveValue("VOLUNTEER");
  await expect(page.getByLabel("Brand or client")).toHaveValue("Riga Animal Shelter");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/samples$/);

  // The next sample starts on the last one's platform; what the user typed stays when the campaign is picked.
  await page.goto("/dashboard/samples/new");
  await expect(page.getByLabel("Platform", { exact: true })).toHaveValue("TIKTOK");
  await page.getByLabel("Brand or client").fill("Riga Paws (volunteer team)");
  await page.getByLabel("Part of a campaign").selectOption({ label: "Home for Winter" });
  await expect(page.getByLabel("Brand or client")).toHaveValue("Riga Paws (volunteer team)");
  await expect(page.getByLabel("Kind of work")).toHaveValue("VOLUNTEER");
  await expect(page.getByTestId("campaign-fill-note")).toHaveText(/kind of work\./);

  // A case study linked to it: kind, client and dates filled; its figures are one tick away.
  await page.goto("/dashboard/case-studies/new");
  await page.getByLabel("Title", { exact: true }).fill("Home for Winter: 31 dogs adopted in eight weeks");
  await page.getByRole("checkbox", { name: "Home for Winter" }).check({ force: true });
  await expect(page.getByTestId("campaign-fill-note")).toBeVisible();
  await expect(page.getByLabel("Kind of work")).toHaveValue("VOLUNTEER");
  await expect(page.getByLabel("Brand or client")).toHaveValue("Riga Animal Shelter");
  await expect(page.getByLabel("From", { exact: true })).toHaveValue("2026-10-01");
  await expect(page.getByLabel("To", { exact: true })).toHaveValue("2026-11-26");
  const figures = page.getByTestId("campaign-figures");
  await expect(figures).toContainText("Use the campaign's figures: Home for Winter");
  const reach = figures.getByRole("checkbox", { name: /Reach.*18,400/ });
  await expect(reach).toBeVisible();
  await reach.check();
  const rows = page.getByTestId("key-result-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByLabel("Value", { exact: true })).toHaveValue("18400");
  await expect(rows.first().getByLabel("Period from", { exact: true })).toHaveValue("2026-10-01");
  await reach.uncheck();
  await expect(rows).toHaveCount(0);
  await reach.check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/case-studies$/);
  // Saved as the campaign's figure: the list shows the key result with its value.
  await expect(page.getByRole("listitem").filter({ hasText: /^Reach 18,400$/ })).toBeVisible();

  // A new campaign suggests the client used last, in the currency used last.
  await page.goto("/dashboard/campaigns/new");
  await expect(page.getByLabel("Currency", { exact: true })).toHaveValue("EUR");
  const listId = await page.getByLabel("Brand or client").getAttribute("list");
  expect(listId).toBeTruthy();
  await expect(page.locator(`datalist[id="${listId}"] option`).first()).toHaveAttribute("value", "Riga Animal Shelter");
});

test("leaving unsaved changes asks in our dialog for links and Back; closing the tab asks the browser's way", async ({ signedInPage: page }) => {
  const nav = page.getByRole("navigation", { name: "Portfolio sections" });
  await page.goto("/dashboard/samples");
  await page.goto("/dashboard/campaigns/new");
  await page.getByLabel("Title", { exact: true }).fill("Unsaved idea");
  const dialog = page.getByRole("alertdialog", { name: "Leave without saving?" });

  // A dashboard link: our dialog, no native confirm; "Stay" keeps the page and what was typed.
  page.on("dialog", (native) => {
    if (native.type() !== "beforeunload") throw new Error(`unexpected native ${native.type()} dialog`);
  });
  await nav.getByRole("link", { name: "Content samples" }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Stay on this page" })).toBeFocused();
  await dialog.getByRole("button", { name: "Stay on this page" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/\/dashboard\/campaigns\/new$/);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Unsaved idea");

  // The browser's Back: the same dialog; staying keeps the work, leaving goes back.
  await page.goBack();
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Stay on this page" }).click();
  await expect(page).toHaveURL(/\/dashboard\/campaigns\/new$/);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Unsaved idea");
  await page.goBack();
  await dialog.getByRole("button", { name: "Leave without saving" }).click();
  await expect(page).toHaveURL(/\/dashboard\/samples$/);

  // Leaving through a link goes there.
  await page.goto("/dashboard/campaigns/new");
  await page.getByLabel("Title", { exact: true }).fill("Another idea");
  await nav.getByRole("link", { name: "Content samples" }).click();
  await dialog.getByRole("button", { name: "Leave without saving" }).click();
  await expect(page).toHaveURL(/\/dashboard\/samples$/);

  // Closing the tab: the browser's own beforeunload prompt.
  await page.goto("/dashboard/campaigns/new");
  await page.getByLabel("Title", { exact: true }).fill("One more idea");
  // Chromium only runs beforeunload prompts for a page the user has interacted with (the fill did).
  const asked = new Promise<string>((resolve) => page.once("dialog", (native) => (resolve(native.type()), void native.dismiss())));
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe("beforeunload");
});
