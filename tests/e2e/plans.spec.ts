import type { Page } from "@playwright/test";
import { expect, startFirstItem, test } from "./fixtures";

// Dates inside the calendar the test creates: the current month (the new-calendar form's default).
const month = new Date().toISOString().slice(0, 7);
const dayOf = (day: number) => `${month}-${String(day).padStart(2, "0")}`;
const cell = (page: Page, day: number) => page.locator(`td[data-date="${dayOf(day)}"]`);
/** An entry's chip in a day cell (its accessible name ends "Open to edit."). */
const chip = (page: Page, day: number, topic: string) =>
  cell(page, day).getByRole("button", { name: new RegExp(`${topic.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}.*Open to edit`) });

test("a user writes a strategy document with a KPI table and sees it in the live preview", async ({ signedInPage: page }) => {
  await startFirstItem(page, "documents", { heading: "Add your first strategy document", link: "Add document" });

  await page.getByLabel("Title", { exact: true }).fill("Spring launch strategy");
  await page.getByLabel("Summary").fill("Six weeks on Instagram and TikTok.");
  await page
    .getByLabel("Markdown")
    .fill(["# Goals", "", "- Grow reach", "", "| KPI | Target |", "| --- | ---: |", "| Engagement rate | 4.5 % |", "", "<script>alert(1)</script>"].join("\n"));

  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("heading", { name: "Goals" })).toBeVisible();
  await expect(preview.getByRole("table")).toBeVisible();
  await expect(preview.getByRole("cell", { name: "4.5 %" })).toBeVisible();
  await expect(preview.locator("script")).toHaveCount(0);

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/documents$/);
  await expect(page.getByRole("heading", { name: "Spring launch strategy" })).toBeVisible();
  await expect(page.getByText("Social media strategy", { exact: true })).toBeVisible();
});

test("a user plans a calendar: adds an entry on a day, drags it to another day, imports a CSV all-or-nothing", async ({ signedInPage: page }) => {
  await page.goto("/dashboard/calendars");
  await expect(page.getByRole("heading", { name: "Plan your first content calendar" })).toBeVisible();
  await page.getByRole("link", { name: "Add calendar" }).click();
  await page.getByLabel("Title", { exact: true }).fill("Spring content calendar");
  await page.getByRole("button", { name: "Add calendar" }).click();
  await expect(page).toHaveURL(/\/dashboard\/calendars\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "Spring content calendar" })).toBeVisible();

  // Add an entry by clicking a day.
  await cell(page, 10)
    .getByRole("button", { name: /^Add entry on/ })
    .click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByLabel("Date", { exact: true })).toHaveValue(dayOf(10));
  await dialog.getByLabel("Platform").selectOption({ label: "TikTok" });
  await dialog.getByLabel("Format").selectOption({ label: "Short video / reel" });
  await dialog.getByLabel("Topic or caption draft").fill("Latte art reel");
  await dialog.getByLabel("Status").selectOption({ label: "Scheduled" });
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(chip(page, 10, "Latte art reel")).toBeVisible();
  await expect(cell(page, 10).getByText("TikTok")).toBeVisible();

  // Drag it by its handle to another day, in small steps so dnd-kit sees a drag. Both days must be
  // on screen first: near the viewport's edge dnd-kit scrolls the page while dragging.
  await cell(page, 10).evaluate((element) => element.scrollIntoView({ block: "center" }));
  const handle = cell(page, 10).getByRole("button", { name: "Move Latte art reel. Drag to another day." });
  const from = (await handle.boundingBox())!;
  const to = (await cell(page, 17).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
  await page.mouse.up();
  await expect(page.getByText(/^Moved to/)).toBeVisible();
  await expect(chip(page, 17, "Latte art reel")).toBeVisible();
  await page.reload();
  await expect(chip(page, 17, "Latte art reel")).toBeVisible();
  await expect(chip(page, 10, "Latte art reel")).toHaveCount(0);

  // Import a CSV with one bad row: the preview names it and nothing can be imported.
  const good = `${dayOf(3)},Instagram,Carousel,5 ways to brew at home,draft,Education`;
  const csv = (second: string) => ["date,platform,format,caption,status,pillar", good, second].join("\n");
  await page.getByRole("button", { name: "Import CSV" }).click();
  const importer = page.getByRole("dialog");
  await importer.getByLabel(/paste the CSV text/).fill(csv(`${dayOf(5)},Myspace,reel,Old-school post,idea,Community`));
  await expect(importer.getByText("Row 3: unknown platform “Myspace”")).toBeVisible();
  await expect(importer.getByRole("button", { name: "Import 2 entries" })).toBeDisabled();
  // Disabled with its reason beside it, and the way out offered (issue #15).
  await expect(importer.getByTestId("import-blocked")).toHaveText(
    "1 row has a problem: fix it in your file and load it again, or skip it and import the rest.",
  );
  await expect(importer.getByRole("button", { name: "Import 2 entries" })).toHaveAccessibleDescription(/1 row has a problem/);
  await expect(importer.getByRole("button", { name: "Skip the 1 bad row and import 1 entry" })).toBeEnabled();
  await importer.getByRole("button", { name: "Cancel", exact: true }).click();
  await expect(page.getByText("1 entry", { exact: true })).toBeVisible();
  await expect(cell(page, 3).getByRole("button")).toHaveCount(1); // only the day's + button

  // Fixed, it imports every row.
  await page.getByRole("button", { name: "Import CSV" }).click();
  await importer.getByLabel(/paste the CSV text/).fill(csv(`${dayOf(5)},X,Text post,Poll: oat or almond?,idea,Community`));
  await expect(importer.getByText(/All rows are fine/)).toBeVisible();
  await importer.getByRole("button", { name: "Import 2 entries" }).click();
  await expect(page.getByText("Imported 2 entries")).toBeVisible();
  await expect(chip(page, 3, "5 ways to brew at home")).toBeVisible();
  await expect(chip(page, 5, "Poll: oat or almond?")).toBeVisible();
  await page.reload();
  await expect(page.getByText("3 entries", { exact: true })).toBeVisible();

  // The list view shows them sorted by date.
  await page.getByRole("button", { name: "List", exact: true }).click();
  await expect(page.getByRole("row").nth(1)).toContainText("5 ways to brew at home");
  await expect(page.getByRole("row").nth(3)).toContainText("Latte art reel");

  // Skipping the bad row imports the good ones.
  await page.getByRole("button", { name: "Import CSV" }).click();
  await importer
    .getByLabel(/paste the CSV text/)
    .fill(
      [
        "date,platform,format,caption,status,pillar",
        `${dayOf(20)},Instagram,Story,Behind the bar,idea,`,
        `${dayOf(21)},Myspace,reel,Old-school post,idea,`,
      ].join("\n"),
    );
  await importer.getByRole("button", { name: "Skip the 1 bad row and import 1 entry" }).click();
  await expect(page.getByText("Imported 1 entry")).toBeVisible();
  await expect(page.getByText("4 entries", { exact: true })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Behind the bar" })).toHaveCount(1);
  await expect(page.getByRole("row").filter({ hasText: "Old-school post" })).toHaveCount(0);
});

test("the calendar editor fits a 375 px phone: the month grid scrolls inside its own box", async ({ signedInPage: page }) => {
  await page.goto("/dashboard/calendars/new");
  await page.getByLabel("Title", { exact: true }).fill("Phone calendar");
  await page.getByRole("button", { name: "Add calendar" }).click();
  await expect(page).toHaveURL(/\/dashboard\/calendars\/[^/]+$/);
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(cell(page, 10)).toBeVisible();
  const measure = () =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      // Elements past the viewport's edge that no scroll box clips, to name the one that forces the width
      // (an absolutely positioned element escapes a scroll box that is not its containing block).
      const clipped = (element: Element) => {
        for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
          if (getComputedStyle(parent).overflowX !== "visible") return true;
        }
        return false;
      };
      const wide = [...document.querySelectorAll("body *")]
        .filter((element) => element.getBoundingClientRect().right > width + 1 && !clipped(element))
        .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)
        .slice(0, 8)
        .map(
          (element) =>
            `${Math.round(element.getBoundingClientRect().right)} ${getComputedStyle(element).position} ${element.tagName.toLowerCase()}.${String(element.getAttribute("class")).slice(0, 80)}`,
        );
      const grid = document.querySelector("table:has(td[data-date])")?.parentElement;
      return { scrollWidth: document.documentElement.scrollWidth, wide, box: { client: grid?.clientWidth ?? 0, scroll: grid?.scrollWidth ?? 0 } };
    });
  const month = await measure();
  expect(month.scrollWidth, month.wide.join("\n")).toBeLessThanOrEqual(375);
  // The grid keeps its readable width and scrolls sideways inside its box.
  expect(month.box.client).toBeGreaterThan(0);
  expect(month.box.client).toBeLessThanOrEqual(375);
  expect(month.box.scroll).toBeGreaterThan(month.box.client);
  await page.getByRole("button", { name: "List", exact: true }).click();
  const list = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(list).toBeLessThanOrEqual(375);
});
