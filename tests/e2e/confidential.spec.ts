import { expect, test } from "./fixtures";

// Issue #13: a confidential client's name must not reach visitors through a
// case study's address, and the owner sees where the name is still written.

test("a confidential client's case study gets an anonymous address, and the publish page says where the name still appears", async ({
  signedInPage: page,
  user,
}) => {
  await page.goto("/dashboard"); // creates the portfolio
  await page.goto("/dashboard/case-studies/new");
  await page.getByLabel("Brand or client").fill("Zyxcorp Holdings");
  await page.getByRole("switch", { name: /Confidential client/ }).check({ force: true });
  await page.getByRole("textbox", { name: "Anonymized label" }).fill("A retail brand");
  // The suggested address comes from the title as visitors will read it.
  await page.getByLabel("Title", { exact: true }).fill("Zyxcorp Holdings relaunch");
  await page.getByLabel("Kind of work").selectOption({ label: "Client work" });
  await expect(page.getByLabel("URL", { exact: true })).toHaveValue("a-retail-brand-relaunch");
  await page.getByLabel("Challenge", { exact: true }).fill("Grow #ZyxcorpHoldings on Instagram.");
  await page.getByLabel("Results", { exact: true }).fill("Zyxcorp's team renewed.");

  // A hand-written address that names the client (in part) is refused, with a safe one offered.
  await page.getByLabel("URL", { exact: true }).fill("zyxcorp-relaunch");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("This address names a confidential client")).toBeVisible();
  await page.getByRole("button", { name: "Use “a-retail-brand-relaunch”" }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/case-studies$/);

  await page.goto("/dashboard/publish");
  const panel = page.getByRole("region", { name: "Confidential clients still named" });
  await expect(panel).toContainText("“Zyxcorp Holdings” appears in case study “Zyxcorp Holdings relaunch” (challenge)");
  await expect(panel).toContainText("“Zyxcorp” (from “Zyxcorp Holdings”) appears in case study “Zyxcorp Holdings relaunch” (results)");

  await page.getByRole("radio", { name: /Public/ }).check();
  await page.getByRole("button", { name: "Save visibility" }).click();
  const address = `/${user.handle}/case-studies/a-retail-brand-relaunch`;
  await expect.poll(async () => (await page.request.get(address)).status()).toBe(200);
  const published = await page.request.get(address);
  const html = await published.text();
  expect(html).toContain("A retail brand relaunch");
  expect(html).not.toMatch(/zyxcorp-holdings|ZyxcorpHoldings|Zyxcorp Holdings/i);
});
