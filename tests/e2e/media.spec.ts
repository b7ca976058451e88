import sharp from "sharp";
import { expect, test } from "./fixtures";

async function photo() {
  return sharp({ create: { width: 900, height: 600, channels: 3, background: "#4338ca" } })
    .jpeg()
    .toBuffer();
}

test("a profile photo uploads when picked, takes its alt text beside it, and is served to its owner only", async ({ signedInPage: page, browser }) => {
  await page.goto("/dashboard/profile");
  const chooser = page.getByRole("button", { name: "Choose an image" });
  await expect(chooser).toBeVisible();

  // Refused from the browser's own check: an SVG, whatever it claims.
  await page.locator('input[type="file"]').setInputFiles({
    name: "logo.svg",
    mimeType: "image/svg+xml",
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
  });
  await expect(page.getByText("Upload a JPEG, PNG, WebP or GIF image (up to 10 MB).")).toBeVisible();
  await page.getByRole("button", { name: "Remove logo.svg" }).click();

  await page.locator('input[type="file"]').setInputFiles({ name: "Client X launch.jpg", mimeType: "image/jpeg", buffer: await photo() });
  // No Upload button to forget: picking the file starts the upload; alt text goes beside the photo and is saved with the profile.
  await expect(page.getByText("Client X launch.jpg uploaded")).toBeVisible();
  await page.getByLabel("Alt text").fill("Sam smiling at a desk with a laptop");

  const image = page.getByRole("img", { name: "Sam smiling at a desk with a laptop" });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
  const src = await image.getAttribute("src");
  expect(src).toMatch(/^\/api\/media\/[^/]+\/thumb$/);

  const own = await page.request.get(src!);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("image/webp");
  expect(own.headers()["content-disposition"]).not.toContain("Client X");

  // A visitor without the owner's session gets 404, not 403.
  const stranger = await browser.newContext();
  const response = await stranger.request.get(new URL(src!, page.url()).toString());
  expect(response.status()).toBe(404);
  await stranger.close();
});

test("a cross-site upload is refused", async ({ signedInPage: page }) => {
  await page.goto("/dashboard/profile");
  const response = await page.request.post("/api/media", {
    headers: { origin: "https://evil.example" },
    multipart: { purpose: "avatar", alt: "x", file: { name: "x.jpg", mimeType: "image/jpeg", buffer: await photo() } },
  });
  expect(response.status()).toBe(403);
});
