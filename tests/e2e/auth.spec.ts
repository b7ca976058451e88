import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";

test("a new user signs up, signs out, and signing back in returns them where they were going", async ({ page }) => {
  const id = randomUUID().slice(0, 8);
  const email = `zoe-${id}@example.test`;
  const password = `violet-harbour-${id}`;

  await page.goto("/signup");
  await page.getByLabel("Full name").fill(`Zoë Ābele ${id}`);
  // The handle follows the name and says whether it is free.
  await expect(page.getByLabel("Handle")).toHaveValue(`zoe-abele-${id}`);
  await expect(page.getByTestId("handle-status")).toContainText(`zoe-abele-${id} is available`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Show password" }).click();
  await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("type", "text");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?next=%2Fdashboard/);

  await page.goto("/settings?from=e2e");
  await expect(page).toHaveURL(/\/login\?next=%2Fsettings%3Ffrom%3De2e/);
  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings\?from=e2e$/);
  await expect(page.getByRole("heading", { name: "Account settings" })).toBeVisible();
});

test("a wrong password and an unknown email show the same generic message", async ({ page, user }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);

  await page.getByLabel("Email").fill(`nobody-${randomUUID().slice(0, 8)}@example.test`);
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
});

test("the handle field says the demo account's handle is taken", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Handle").fill("demo");
  await expect(page.getByTestId("handle-status")).toContainText("demo is taken");
  await page.getByLabel("Handle").fill("settings");
  await expect(page.getByTestId("handle-status")).toContainText("reserved");
});

test("the handle is suggested from the name, and a handle typed like a name becomes that handle", async ({ page }) => {
  const id = randomUUID().slice(0, 6);
  await page.goto("/signup");
  await page.getByLabel("Full name").fill(`Laura Ozola ${id}`);
  await expect(page.getByLabel("Handle")).toHaveValue(`laura-ozola-${id}`);
  // Typed in the handle field itself: folded on leaving the field, not a format error; still checked live.
  await page.getByLabel("Handle").fill(`Jānis Bērziņš ${id}`);
  await page.getByLabel("Email").click();
  await expect(page.getByLabel("Handle")).toHaveValue(`janis-berzins-${id}`);
  await expect(page.getByText("Use lowercase letters, digits and hyphens")).toHaveCount(0);
  await expect(page.getByTestId("handle-status")).toContainText(`janis-berzins-${id} is available`);
});

test("a signed-in user changes their password and stays signed in", async ({ signedInPage: page, user }) => {
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Password" });
  await section.getByLabel("Current password").fill(user.password);
  await section.getByLabel("New password").fill(`${user.password}-new`);
  await section.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Password changed. Other devices have been signed out.")).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { name: "Account settings" })).toBeVisible();
});

test("deleting the account needs the handle typed and signs out", async ({ signedInPage: page, user }) => {
  await page.goto("/settings");
  await page.getByRole("button", { name: "Delete account" }).click();
  const dialog = page.getByRole("dialog");
  const confirm = dialog.getByRole("button", { name: "Delete my account" });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole("textbox").fill(user.handle);
  await confirm.click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
});
