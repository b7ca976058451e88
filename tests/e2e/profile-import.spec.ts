import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test, withE2eDatabase } from "./fixtures";
import { linkedInZip } from "../support/profile-import-fixtures";

/** The wizard's preview passes axe's WCAG 2.2 AA rules, as every editor screen does (a11y.spec.ts). */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("a new user imports a LinkedIn ZIP, sees the preview, confirms, and finds experience and certifications in the editor and on the public page", async ({
  signedInPage: page,
  user,
}) => {
  test.setTimeout(120_000);
  const upload = { name: "Basic_LinkedInDataExport_11-30-2026.zip", mimeType: "application/zip", buffer: Buffer.from(linkedInZip()) };

  // The first-run card leads to the wizard.
  await page.goto("/dashboard");
  await page.getByTestId("first-run").getByRole("link", { name: "Import from LinkedIn or JSON Resume" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import your profile" })).toBeVisible();

  // The drop zone: a "Choose a file" button over the named input. A picture dropped on it is refused beside the field
  // (in the field's description too), before anything is sent.
  const field = page.getByLabel("Your LinkedIn data ZIP or JSON Resume file");
  const zone = page.getByTestId("file-drop");
  await expect(zone.getByText("Choose a file")).toBeVisible();
  const picture = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(["not a profile"], "photo.png", { type: "image/png" }));
    return data;
  });
  await zone.dispatchEvent("drop", { dataTransfer: picture });
  await expect(zone.getByRole("alert")).toHaveText("“photo.png” is not a .zip or .json file. Choose a .zip or .json file.");
  await expect(field).toHaveAccessibleDescription(/“photo\.png” is not a \.zip or \.json file/);
  await expect(page.getByTestId("profile-import-errors")).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  await field.setInputFiles(upload);
  await expect(page.getByText("Found in your LinkedIn data export")).toBeVisible();
  const experience = page.getByTestId("profile-import-experience");
  await expect(experience).toContainText("Social Media Manager");
  await expect(experience).toContainText("Northwind Café · 2023-01 – present");
  const certifications = page.getByTestId("profile-import-certification");
  await expect(certifications).toContainText("Hootsuite Social Marketing Certification");
  await expect(certifications).toContainText("the link in the file is not a web address and is left out");
  await expect(page.getByText("Project “Spring menu launch”")).toBeVisible();
  // The profile's headline is empty, so the file's is offered ticked.
  await expect(page.getByLabel(/Use this headline/)).toBeChecked();
  expect(await axeViolations(page)).toEqual([]);
  // Untick one certificate: it is not saved.
  await page.getByLabel(/Canva Design School/).uncheck();

  await page.getByRole("button", { name: "Import 15 entries" }).click();
  await expect(page.getByRole("status")).toContainText("Added 4 certifications, 3 positions, 2 schools and 6 skills and tools.");

  await page.getByRole("link", { name: "See them in Credentials & experience" }).click();
  await expect(page.getByText("Northwind Café").first()).toBeVisible();
  await expect(page.getByText("Hootsuite Social Marketing Certification")).toBeVisible();
  await expect(page.getByText("Canva Design School: Graphic Design Basics")).toHaveCount(0);

  // The same file again: everything is already there, marked and unticked.
  await page.getByRole("link", { name: "Import from LinkedIn or JSON Resume" }).click();
  await page.getByLabel("Your LinkedIn data ZIP or JSON Resume file").setInputFiles(upload);
  await expect(page.getByText("already in your portfolio")).toHaveCount(15);
  await expect(page.getByLabel(/Use this headline/)).not.toBeChecked();
  await expect(page.getByRole("button", { name: "Import 1 entry" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await withE2eDatabase(async (client) => {
    await client.query(`UPDATE "Portfolio" SET visibility = 'PUBLIC', "publishedAt" = now() WHERE "userId" = (SELECT id FROM "User" WHERE handle = $1)`, [
      user.handle,
    ]);
  });
  await page.goto(`/${user.handle}`);
  await expect(page.getByText("Social media manager · content, community and paid social")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Social Media Manager · Northwind Café" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Hootsuite Social Marketing Certification" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Google Analytics Certification" })).toBeVisible();
});
