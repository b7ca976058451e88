import { mkdirSync } from "node:fs";
import sharp from "sharp";
import type { Page, Route } from "@playwright/test";
import { expect, test } from "./fixtures";

// "Nothing the owner gives us is lost": a picked file uploads at once, Save
// waits for it and saves its alt text, and leaving unsaved work asks first.

const SHOTS = process.env.E2E_SCREENSHOTS;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function photo(background: string) {
  return sharp({ create: { width: 900, height: 600, channels: 3, background } })
    .jpeg()
    .toBuffer();
}

/** Holds every upload before it reaches the server (the app itself is unchanged): `ms`, or per request body. */
async function slowUploads(page: Page, ms: number | ((body: string) => number)) {
  await page.route("**/api/media", async (route: Route) => {
    if (route.request().method() !== "POST") return route.continue();
    const body = route.request().postDataBuffer()?.toString("latin1") ?? "";
    await new Promise((resolve) => setTimeout(resolve, typeof ms === "number" ? ms : ms(body)));
    await route.continue();
  });
}

test("a profile photo is kept when the owner picks it and presses Save, nothing else", async ({ signedInPage: page }) => {
  await page.goto("/dashboard/profile");
  await slowUploads(page, 2500);
  await page.locator('input[type="file"]').setInputFiles({ name: "sam.jpg", mimeType: "image/jpeg", buffer: await photo("#4338ca") });

  // The upload starts by itself; its alt text can be typed while it runs.
  const queue = page.getByRole("list", { name: "Files to upload" });
  await expect(queue.getByRole("progressbar", { name: "Uploading sam.jpg" })).toBeVisible();
  await queue.getByLabel("Alt text").fill("Sam smiling at a desk");
  await shot(page, "profile-uploading");
  await page.getByRole("button", { name: "Save profile" }).click();

  // Save waits for the upload, then saves the photo with the alt text typed before it finished.
  await expect(page.getByRole("button", { name: "1 image still uploading…" })).toBeVisible();
  await expect(page.getByText("Profile saved")).toBeVisible({ timeout: 20_000 });
  await shot(page, "profile-saved");

  await page.reload();
  const image = page.getByRole("img", { name: "Sam smiling at a desk" });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByLabel("Alt text")).toHaveValue("Sam smiling at a desk");
});

test("a failed upload blocks Save until it is retried, and missing alt text is an error beside the photo", async ({ signedInPage: page }) => {
  await page.goto("/dashboard/profile");
  await page.route("**/api/media", (route) => route.fulfill({ status: 500, contentType: "application/json", body: '{"code":"INTERNAL"}' }));
  await page.locator('input[type="file"]').setInputFiles({ name: "sam.jpg", mimeType: "image/jpeg", buffer: await photo("#0f766e") });
  const queue = page.getByRole("list", { name: "Files to upload" });
  await expect(queue.getByText("Something went wrong on our side and the file wasn't saved.")).toBeVisible();

  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("A file you picked did not upload. Try again or remove it, then save.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Try again" })).toBeFocused();
  await expect(page.getByText("Profile saved")).toHaveCount(0);

  await page.unroute("**/api/media");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByText("sam.jpg uploaded")).toBeVisible();
  await page.getByRole("button", { name: "Save profile" }).click();
  const altField = page.getByLabel("Alt text");
  await expect(page.getByText("Describe this image for people using screen readers (alt text), then save again.")).toBeVisible();
  await expect(altField).toHaveAttribute("aria-invalid", "true");
  await shot(page, "profile-alt-missing");

  await altField.fill("Sam at the studio");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("img", { name: "Sam at the studio" })).toBeVisible();
});

test("a content sample keeps both picked images, alt text typed before one upload ends and after the other", async ({ signedInPage: page }) => {
  await page.goto("/dashboard/samples/new");
  await page.getByLabel("Title", { exact: true }).fill("Autumn menu carousel");
  await page.getByLabel("Kind of work").selectOption({ label: "Client work" });
  // The first picked finishes last: the images still keep the order they were picked in.
  await slowUploads(page, (body) => (body.includes('filename="slide-1.jpg"') ? 4000 : 1500));
  await page.locator('input[type="file"]').setInputFiles([
    { name: "slide-1.jpg", mimeType: "image/jpeg", buffer: await photo("#b45309") },
    { name: "slide-2.jpg", mimeType: "image/jpeg", buffer: await photo("#1d4ed8") },
  ]);
  const queue = page.getByRole("list", { name: "Files to upload" });
  await queue.getByRole("listitem").filter({ hasText: "slide-1.jpg" }).getByLabel("Alt text").fill("Slide 1: the autumn menu");
  await shot(page, "sample-uploading");

  // Save while both run: it says so and waits; then the image without alt text gets the error beside it.
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("button", { name: "2 images still uploading…" })).toBeVisible();
  const second = page
    .getByRole("listitem")
    .filter({ has: page.locator('img[src*="/thumb"]') })
    .filter({ hasNot: page.getByRole("img", { name: "Slide 1: the autumn menu" }) });
  await expect(second.getByText("Describe this image for people using screen readers (alt text), then save again.")).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/\/dashboard\/samples\/new$/);
  await shot(page, "sample-alt-missing");

  await second.getByRole("textbox").fill("Slide 2: pumpkin latte close-up");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/samples$/);
  await expect(page.getByText("Sample saved")).toBeVisible();

  await page.getByRole("link", { name: "Autumn menu carousel", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/samples\/[^/]+$/);
  await page.reload();
  await expect(page.getByRole("img", { name: "Slide 1: the autumn menu" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Slide 2: pumpkin latte close-up" })).toBeVisible();
  const order = () => page.locator('img[src*="/api/media/"]').evaluateAll((images) => images.map((image) => (image as HTMLImageElement).alt));
  await expect.poll(order).toEqual(["Slide 1: the autumn menu", "Slide 2: pumpkin latte close-up"]);
  await shot(page, "sample-reloaded");
});

test("leaving a form with unsaved changes asks first, also through the dashboard's own links", async ({ signedInPage: page }) => {
  await page.goto("/dashboard/profile");
  const nav = page.getByRole("navigation", { name: "Portfolio sections" });

  // Nothing changed: no question.
  await nav.getByRole("link", { name: "Content samples" }).click();
  await expect(page).toHaveURL(/\/dashboard\/samples$/);

  // A picked and uploaded photo is an unsaved change.
  await page.goto("/dashboard/profile");
  await page.locator('input[type="file"]').setInputFiles({ name: "sam.jpg", mimeType: "image/jpeg", buffer: await photo("#be123c") });
  await expect(page.getByText("sam.jpg uploaded")).toBeVisible();
  // Asked in our dialog (it was window.confirm until issue #15's last round).
  const question = page.getByRole("alertdialog", { name: "Leave without saving?" });
  await nav.getByRole("link", { name: "Content samples" }).click();
  await expect(question).toContainText("You have unsaved changes on this page.");
  await question.getByRole("button", { name: "Stay on this page" }).click();
  await expect(page).toHaveURL(/\/dashboard\/profile$/);
  await expect(page.getByLabel("Alt text")).toBeVisible();

  await nav.getByRole("link", { name: "Content samples" }).click();
  await question.getByRole("button", { name: "Leave without saving" }).click();
  await expect(page).toHaveURL(/\/dashboard\/samples$/);
});

test("a dialog gives focus back to the button that opened it on Esc and on Cancel", async ({ signedInPage: page }) => {
  await page.goto("/dashboard/credentials");
  const add = page.getByRole("button", { name: "Add certification" });
  await add.click();
  await expect(page.getByRole("dialog", { name: "Add a certification" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(add).toBeFocused();

  await add.click();
  // The text button, not the corner × (whose accessible name is also "Cancel").
  await page.getByRole("dialog").getByText("Cancel", { exact: true }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(add).toBeFocused();
});
