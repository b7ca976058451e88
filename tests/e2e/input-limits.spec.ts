import { expect, test } from "./fixtures";

// Oversized input over real HTTP against the production server: a clear answer
// beside the form or a short 413 page, never a 500 or "Internal Server Error".

// A browser user agent keeps the requests clear of the bot filters of the reading pages.
const BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
const MEGABYTE = 1024 * 1024;

test("a 1 MB contact message without JavaScript comes back as an error beside the message", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, userAgent: BROWSER_UA });
  const page = await context.newPage();
  await page.goto("/demo/contact");
  const form = page.locator("form", { has: page.getByRole("button", { name: "Send message" }) });
  await form.getByLabel("Your name").fill("Sam Hiring");
  await form.getByLabel("Your email").fill("sam@hiring.test");
  // What a modified page or a script could post: the textarea's maxlength is only the browser's promise.
  await form.getByLabel("Message").evaluate((element, size) => {
    const textarea = element as HTMLTextAreaElement;
    textarea.removeAttribute("maxlength");
    textarea.value = "x".repeat(size);
  }, MEGABYTE);
  const answer = page.waitForResponse((response) => response.request().method() === "POST");
  await form.getByRole("button", { name: "Send message" }).click();
  expect((await answer).status()).toBeLessThan(400);
  await expect(page).toHaveURL(/\/demo\/contact$/);
  await expect(page.getByText("This is too long.")).toBeVisible();
  await expect(page.getByText("Internal Server Error")).toHaveCount(0);
  await context.close();
});

test("a server-action POST over the body limit gets a short 413 page, with or without JavaScript", async ({ request }) => {
  const body = `name=Sam&email=sam%40hiring.test&handle=demo&message=${"x".repeat(3 * MEGABYTE)}`;
  const noScript = await request.post("/demo/contact", {
    data: body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", "User-Agent": BROWSER_UA, Referer: "/demo/contact" },
  });
  expect(noScript.status()).toBe(413);
  const page = await noScript.text();
  expect(page).toContain("That was too much to send at once");
  expect(page).toContain("A form can send at most 2 MB.");

  // An editor form's fetch (Next-Action header): refused before Next reads the body.
  const editor = await request.post("/dashboard/documents/new", {
    data: JSON.stringify([{ body: "x".repeat(3 * MEGABYTE) }]),
    headers: { "Content-Type": "text/plain;charset=UTF-8", "Next-Action": "0".repeat(42), "User-Agent": BROWSER_UA },
  });
  expect(editor.status()).toBe(413);
});

test("an editor form whose save is refused by the server (413) says so instead of failing silently", async ({ signedInPage: page }) => {
  await page.goto("/dashboard/documents/new");
  await page.getByLabel("Title").fill("Strategy");
  // The answer a body over the limit gets from the proxy; the form must not leave the save unanswered.
  await page.route("**/dashboard/documents/new", (route) =>
    route.request().method() === "POST" ? route.fulfill({ status: 413, contentType: "text/html", body: "<h1>Too large</h1>" }) : route.fallback(),
  );
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Couldn't save")).toBeVisible();
  await expect(page.getByText("Your changes were not saved; try again.")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Strategy");
});
