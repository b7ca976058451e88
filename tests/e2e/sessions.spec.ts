import { expect, signInAs, test } from "./fixtures";

// Sessions end on the server: a copied cookie is worthless after sign-out, "Sign out
// everywhere" ends every browser's session, and a browser the owner signed in from
// keeps working while strangers hold the account's per-email sign-in lock.

const sessionCookie = <T extends { name: string }>(cookies: T[]) => cookies.filter((cookie) => cookie.name.endsWith("next-auth.session-token"));

test("after signing out, a copy of the session cookie no longer opens the dashboard or saves", async ({ browser, signedInPage: page }) => {
  await page.goto("/dashboard");
  const copied = sessionCookie(await page.context().cookies());
  expect(copied).toHaveLength(1);

  // The copy works while the session lives…
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/settings");
  await expect(stolen.getByRole("heading", { name: "Account settings" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  // …and not after: pages send it to sign in, and a save (a server action) is refused.
  await stolen.getByLabel("Full name").fill("Taken over");
  await stolen.getByRole("button", { name: "Save" }).first().click();
  await expect(stolen.getByText(/Your session has ended/)).toBeVisible();
  await stolen.goto("/dashboard");
  await expect(stolen).toHaveURL(/\/login\?next=%2Fdashboard/);
  await thief.close();
});

test("'Sign out everywhere' in settings ends this session and every other one", async ({ browser, signedInPage: page, user }) => {
  const laptop = await browser.newContext();
  const other = await laptop.newPage();
  await signInAs(other, user);
  await other.goto("/dashboard");
  await expect(other).toHaveURL(/\/dashboard$/);

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  const dialog = page.getByRole("dialog", { name: "Sign out everywhere?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(sessionCookie(await page.context().cookies())).toHaveLength(0);

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?next=%2Fdashboard/);
  await other.goto("/dashboard");
  await expect(other).toHaveURL(/\/login\?next=%2Fdashboard/);
  await laptop.close();
});

test("strangers locking an account by failing on purpose do not lock its owner out of the owner's browser", async ({ browser, page, user, playwright }) => {
  // The owner has signed in from this browser before: it holds the device cookie.
  await signInAs(page, user);
  expect((await page.context().cookies()).some((cookie) => cookie.name === "postfolio.device")).toBe(true);
  await page.context().clearCookies({ name: /next-auth\.session-token$/ });

  // Ten wrong passwords from ten addresses lock the email for everyone else…
  const stranger = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  for (let i = 1; i <= 10; i++) {
    const headers = { "x-forwarded-for": `10.250.${i}.${Math.floor(Math.random() * 250) + 1}` };
    const { csrfToken } = (await (await stranger.get("/api/auth/csrf", { headers })).json()) as { csrfToken: string };
    await stranger.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: user.email, password: "wrong-password", json: "true" },
      headers,
      maxRedirects: 0,
    });
  }
  await stranger.dispose();
  const newBrowser = await browser.newPage();
  await newBrowser.goto("/login");
  await newBrowser.getByLabel("Email").fill(user.email);
  await newBrowser.getByLabel("Password", { exact: true }).fill(user.password);
  await newBrowser.getByRole("button", { name: "Sign in" }).click();
  await expect(newBrowser.getByText(/Too many attempts/)).toBeVisible();
  await newBrowser.context().close();

  // …but the owner's own browser signs in with the right password.
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});
