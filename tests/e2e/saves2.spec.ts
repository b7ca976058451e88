// Issue #19: the sharing and inbox actions answer without re-rendering the dashboard
// (no revalidatePath of its layout); the page refreshes itself, so what the user sees
// still follows: a new share link shows in the list, the inbox's unread count drops.
import type { Page } from "@playwright/test";
import { expect, test, withE2eDatabase } from "./fixtures";

/** Collects the byte size of every server-action answer POSTed to `path`, read as it passes through. */
async function actionAnswers(page: Page, path: string): Promise<number[]> {
  const sizes: number[] = [];
  await page.route(`**${path}`, async (route) => {
    if (route.request().method() !== "POST" || route.request().headers()["next-action"] === undefined) return route.fallback();
    const response = await route.fetch();
    sizes.push((await response.body()).byteLength);
    await route.fulfill({ response });
  });
  return sizes;
}

test("a new share link shows in the list, from a small answer", async ({ signedInPage: page }) => {
  await page.goto("/dashboard/sharing");
  await expect(page.getByRole("heading", { level: 1, name: "Sharing" })).toBeVisible();
  const sizes = await actionAnswers(page, "/dashboard/sharing");
  await page.getByLabel("Recipient").fill("Mara");
  await page.getByLabel("Company").fill("Northwind");
  await page.getByRole("button", { name: "Create link" }).click();
  await expect(page.getByRole("article", { name: /Mara at Northwind/ })).toBeVisible();
  await expect.poll(() => sizes.length).toBe(1);
  console.log(`create share link: action answer ${sizes[0]} bytes`);
  // The answer is the link (id, path, url), not the sharing page re-rendered.
  expect(sizes[0]).toBeLessThan(4_000);
});

test("marking a message read updates the unread count in the nav and on the page", async ({ signedInPage: page, user }) => {
  await page.goto("/dashboard"); // the portfolio exists from sign-up; this warms the session
  await withE2eDatabase(async (client) => {
    await client.query(
      `INSERT INTO "ContactMessage" (id, "portfolioId", name, email, message)
       SELECT $2, p.id, 'Jane Recruiter', 'jane@example.test', 'Free for a call on Thursday?'
       FROM "Portfolio" p JOIN "User" u ON u.id = p."userId" WHERE u.handle = $1`,
      [user.handle, `msg-${user.handle}`],
    );
  });
  await page.goto("/dashboard/inbox");
  const inboxLink = page.getByRole("navigation").getByRole("link", { name: /Inbox/ }).first();
  await expect(inboxLink).toContainText("1");
  const sizes = await actionAnswers(page, "/dashboard/inbox");
  const message = page.getByRole("article", { name: /Jane Recruiter/ });
  await message.getByRole("button", { name: "Mark as read" }).click();
  await expect(page.getByText("Marked as read")).toBeVisible();
  await expect(inboxLink).not.toContainText("1");
  await expect(message.getByRole("button", { name: "Mark as unread" })).toBeVisible();
  await expect.poll(() => sizes.length).toBe(1);
  console.log(`mark message read: action answer ${sizes[0]} bytes`);
  expect(sizes[0]).toBeLessThan(4_000);
});
