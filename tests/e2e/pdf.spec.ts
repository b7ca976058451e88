import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { isPdf, pdfPageTexts } from "../support/pdf-text";

// The owner's PDF of a draft portfolio, and that nobody else can print it.
// (A visitor's PDF of the public demo is in public.spec.ts, after its seeding.)

test("the owner downloads a PDF of their draft; visitors get nothing of it", async ({ signedInPage: page, user, browser }, testInfo) => {
  await page.goto("/dashboard/publish");
  await expect(page.getByRole("heading", { level: 1, name: "Publish" })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]);
  expect(download.suggestedFilename()).toBe(`${user.handle}-portfolio.pdf`);
  const file = testInfo.outputPath("draft.pdf");
  await download.saveAs(file);
  const bytes = readFileSync(file);
  expect(isPdf(bytes)).toBe(true);
  const pages = await pdfPageTexts(bytes);
  expect(pages[0]).toContain(user.name);
  // The preview banner and the dashboard are not printed.
  expect(pages.join("\n")).not.toContain("Preview — this is what visitors see.");
  expect(pages.join("\n")).not.toContain("Publishing settings");

  // The preview has the same link.
  await page.goto("/dashboard/preview");
  await expect(page.getByRole("link", { name: "Download PDF" })).toHaveAttribute("href", "/dashboard/preview/pdf");

  // Signed out: the draft's public PDF is a 404, and the print page and the owner's route lead to sign-in.
  const context = await browser.newContext();
  const guest = await context.newPage();
  const publicPdf = await guest.request.get(`/${user.handle}/pdf`);
  expect(publicPdf.status()).toBe(404);
  expect(await publicPdf.text()).not.toContain(user.name);
  await guest.goto("/preview/print");
  await expect(guest).toHaveURL(/\/login\?next=/);
  await expect(guest.getByText(user.name)).toHaveCount(0);
  const ownerPdf = await guest.request.get("/dashboard/preview/pdf", { maxRedirects: 0 });
  expect([302, 307]).toContain(ownerPdf.status());
  expect(ownerPdf.headers()["location"]).toContain("/login");
  await context.close();
});
