import sharp from "sharp";
import { createTestUser, expect, signInAs, test, withE2eDatabase } from "./fixtures";

// An unlisted portfolio: its share link shows the photo, but neither /<handle>
// nor the photo's bare media URL opens for anyone without the link, and the
// photo's signed URL stops working once the link is revoked.
const RECRUITER_UA = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";

test("an unlisted page's photo loads through its share link and is 404 at its bare address", async ({ page, browser }) => {
  const owner = await createTestUser(page.request, { name: "Uma Unlisted" });
  await signInAs(page, owner);
  await page.goto("/dashboard"); // creates the portfolio

  const photo = await sharp({ create: { width: 400, height: 400, channels: 3, background: "#0f766e" } })
    .jpeg()
    .toBuffer();
  const upload = await page.request.post("/api/media", {
    headers: { origin: new URL(page.url()).origin },
    multipart: { purpose: "avatar", alt: "Uma at her desk", file: { name: "uma.jpg", mimeType: "image/jpeg", buffer: photo } },
  });
  expect(upload.status()).toBe(201);
  const { id: mediaId } = (await upload.json()) as { id: string };
  await withE2eDatabase((db) =>
    db.query(`UPDATE "Portfolio" p SET "avatarId" = $2, "displayName" = 'Uma Unlisted' FROM "User" u WHERE u.id = p."userId" AND u.handle = $1`, [
      owner.handle,
      mediaId,
    ]),
  );

  await page.goto("/dashboard/publish");
  await page.getByRole("radio", { name: /Unlisted/ }).check();
  await page.getByRole("button", { name: "Save visibility" }).click();
  await expect(page.getByText("Your page is unlisted", { exact: true })).toBeVisible();

  await page.goto("/dashboard/sharing");
  await page.getByLabel("Recipient").fill("Rita");
  await page.getByLabel("Company").fill("Hireco");
  await page.getByRole("button", { name: "Create link" }).click();
  const shareUrl = await page
    .getByRole("article", { name: /Rita at Hireco/ })
    .getByLabel("Share link for Rita at Hireco")
    .inputValue();

  const context = await browser.newContext({ userAgent: RECRUITER_UA });
  try {
    const recruiter = await context.newPage();
    await recruiter.goto(shareUrl);
    await expect(recruiter.getByRole("heading", { level: 1, name: "Uma Unlisted" })).toBeVisible();
    const image = recruiter.getByRole("img", { name: "Uma at her desk" });
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
    const src = new URL((await image.getAttribute("src"))!, shareUrl);
    expect(src.pathname).toBe(`/api/media/${mediaId}/thumb`);
    expect(src.searchParams.get("k")).toMatch(/^[A-Za-z0-9_-]{22}$/);

    expect((await context.request.get(src.toString())).status()).toBe(200);
    for (const variant of ["thumb", "display"]) {
      expect((await context.request.get(`/api/media/${mediaId}/${variant}`)).status()).toBe(404);
    }
    expect(src.searchParams.get("l")).toBeTruthy();
    expect((await context.request.get(`/api/media/${mediaId}/thumb?k=AAAAAAAAAAAAAAAAAAAAAA`)).status()).toBe(404);
    expect((await context.request.get(`/${owner.handle}`)).status()).toBe(404);

    // Revoking the link ends its media too: the photo's signed address, kept by the recipient, is 404 (issue #13).
    await page.goto("/dashboard/sharing");
    const card = page.getByRole("article", { name: /Rita at Hireco/ });
    await card.getByRole("button", { name: "Revoke" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Revoke link" }).click();
    await expect(page.getByText("Link revoked")).toBeVisible();
    expect((await context.request.get(src.toString())).status()).toBe(404);
  } finally {
    await context.close();
  }
});
