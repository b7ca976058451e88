import { readFileSync } from "node:fs";
import { createTestUser, expect, signInAs, test, withE2eDatabase } from "./fixtures";

test("a user exports everything, a second new user imports that ZIP, sees the preview, confirms and finds the items; the JSON Resume holds the name", async ({
  signedInPage: page,
  user,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  // The first user's work, straight into the database (creating it is what other specs test).
  await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(`SELECT p.id FROM "Portfolio" p JOIN "User" u ON u.id = p."userId" WHERE u.handle = $1`, [user.handle]);
    const portfolioId = rows[0]!.id;
    await client.query(
      `INSERT INTO "Campaign" (id, "portfolioId", title, "workKind", "startDate", objective, "updatedAt") VALUES ($1, $2, 'Riga coffee week', 'FREELANCE', '2026-03-01', 'AWARENESS', now())`,
      [`e2e-camp-${user.handle}`, portfolioId],
    );
    await client.query(
      `INSERT INTO "Experience" (id, "portfolioId", role, organization, kind, "startDate") VALUES ($1, $2, 'Social media intern', 'Riga Paws', 'INTERNSHIP', '2025-01-01')`,
      [`e2e-exp-${user.handle}`, portfolioId],
    );
  });

  await page.goto("/dashboard/data");
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the ZIP" }).click();
  const download = await downloading;
  const zipPath = testInfo.outputPath("export.zip");
  await download.saveAs(zipPath);
  expect(readFileSync(zipPath).subarray(0, 2).toString()).toBe("PK");

  const resume = await page.request.get("/api/export/json-resume");
  expect(resume.status()).toBe(200);
  const json = JSON.parse(await resume.text());
  expect(json.basics.name).toBe(user.name);
  expect(json.work[0]).toMatchObject({ name: "Riga Paws", position: "Social media intern" });

  // A second, new account imports it.
  const second = await createTestUser(request);
  const context = await browser.newContext();
  const other = await context.newPage();
  await signInAs(other, second);
  await other.goto("/dashboard/data");
  // The drop zone: a "Choose a file" button over the named input. A file that is no ZIP (a drop skips the picker's
  // filter) is refused beside the field, in the field's description too, before anything is sent.
  const zone = other.getByTestId("file-drop");
  await expect(zone.getByText("Choose a file")).toBeVisible();
  await other.getByLabel("Export ZIP").setInputFiles({ name: "resume.json", mimeType: "application/json", buffer: Buffer.from("{}") });
  await expect(zone.getByRole("alert")).toHaveText("“resume.json” is not a .zip file. Choose a .zip file.");
  await expect(other.getByLabel("Export ZIP")).toHaveAccessibleDescription(/“resume\.json” is not a \.zip file/);
  await other.getByLabel("Export ZIP").setInputFiles(zipPath);
  await expect(other.getByTestId("export-preview")).toContainText("1 campaign, 0 samples, 0 case studies");
  await expect(other.getByTestId("export-preview")).toContainText("1 credential");
  await other.getByRole("button", { name: "Import", exact: true }).click();
  await expect(other.getByText("Imported. Your dashboard lists the new items.")).toBeVisible();
  await other.goto("/dashboard/campaigns");
  await expect(other.getByText("Riga coffee week")).toBeVisible();
  await other.goto("/dashboard/credentials");
  await expect(other.getByText("Riga Paws")).toBeVisible();
  await context.close();
});
