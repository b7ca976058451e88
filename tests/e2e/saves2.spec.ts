// Issue #19: the sharing and inbox actions answer without re-rendering the dashboard
// (no revalidatePath of its layout); the page refreshes itself, so what the user sees
// still follows: a new share link shows in the list, the inbox's unread count drops.
import { actionAnswers, expect, test, withE2eDatabase } from "./fixtures";

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

const STALE = "This was changed in another tab or by a later save. Reload to see it; your text is kept below.";

test("a certification saved in an older tab is refused beside its form; the newer tab saves again", async ({ signedInPage: page }) => {
  await page.goto("/dashboard/credentials");
  const sizes = await actionAnswers(page, "/dashboard/credentials");
  await page.getByRole("button", { name: "Add certification" }).click();
  let dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name", { exact: true }).fill("Meta Blueprint");
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog).toBeHidden();
  // In the list (the form refreshes the page), from an answer that holds the row's id and version only.
  await expect(page.getByTestId("certification-row").getByText("Meta Blueprint")).toBeVisible();
  await expect.poll(() => sizes.length).toBe(1);
  console.log(`add certification: action answer ${sizes[0]} bytes`);
  expect(sizes[0]).toBeLessThan(4_000);

  const older = await page.context().newPage();
  await older.goto("/dashboard/credentials");
  await older.getByRole("button", { name: "Edit Meta Blueprint" }).click();
  const olderDialog = older.getByRole("dialog");
  await expect(olderDialog.getByLabel("Name", { exact: true })).toHaveValue("Meta Blueprint");

  await page.getByRole("button", { name: "Edit Meta Blueprint" }).click();
  dialog = page.getByRole("dialog");
  await dialog.getByLabel("Issuer").fill("Meta");
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog).toBeHidden();

  await olderDialog.getByLabel("Issuer").fill("Typed in the older tab");
  await olderDialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(olderDialog.getByText(STALE)).toBeVisible();
  await expect(olderDialog.getByLabel("Issuer")).toHaveValue("Typed in the older tab");

  // The newer tab goes on over the version it was answered.
  await page.getByRole("button", { name: "Edit Meta Blueprint" }).click();
  dialog = page.getByRole("dialog");
  await dialog.getByLabel("Issuer").fill("Meta Platforms");
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("certification-row").getByText("Meta Platforms")).toBeVisible();
  await older.close();
});

test("a calendar's settings save twice in a row without a false 'changed elsewhere'; an entry's save answers small", async ({ signedInPage: page }) => {
  await page.goto("/dashboard/calendars/new");
  await page.getByLabel("Title", { exact: true }).fill("Spring plan");
  await page.getByRole("button", { name: "Add calendar" }).click();
  await expect(page).toHaveURL(/\/dashboard\/calendars\/[^/]+$/);
  await page.getByText("Calendar settings").click();
  for (const title of ["Spring plan, v2", "Spring plan, v3"]) {
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
  }
  await expect(page.getByText(STALE)).toHaveCount(0);

  // An entry's save answers with the entry only (the editor keeps its entries from the answers).
  const sizes = await actionAnswers(page, "/dashboard/calendars/*");
  const day = `${new Date().toISOString().slice(0, 7)}-10`;
  await page
    .locator(`td[data-date="${day}"]`)
    .getByRole("button", { name: /^Add entry on/ })
    .click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Topic or caption draft").fill("Latte art reel");
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator(`td[data-date="${day}"]`).getByRole("button", { name: /Latte art reel.*Open to edit/ })).toBeVisible();
  await expect.poll(() => sizes.length).toBe(1);
  console.log(`save calendar entry: action answer ${sizes[0]} bytes`);
  expect(sizes[0]).toBeLessThan(4_000);
});
