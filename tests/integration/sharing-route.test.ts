import { describe, expect, it, vi } from "vitest";

// Route handlers read messages through next-intl's request config, which only Next sets up: the same English messages, directly.
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));

import { GET as sharedPortfolioRoute } from "@/app/s/[token]/route";
import { sharedReadingPage } from "@/components/sharing/shared-reading-page";
import { READING_COPY_HEADER } from "@/lib/cache/reading-copies";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/seed/factories";
import { createShareLink, revokeShareLink } from "@/lib/sharing/mutations";

const linkInput = { recipientName: "Jane", company: "Acme", note: "", expiresAt: null, sections: ["campaigns" as const], anonymizeAll: false };

async function owner(visibility: "PUBLIC" | "DRAFT") {
  const user = await createUser(db());
  await db().portfolio.update({ where: { userId: user.id }, data: { displayName: "Riley Hidden-Name", visibility } });
  return user;
}

/** What the route answers for a token: a redirect (with its target), a 404 or the rendered page. */
async function outcome(token: string): Promise<string> {
  const response = await sharedPortfolioRoute(new Request(`http://localhost/s/${token}`), { params: Promise.resolve({ token }) });
  const body = await response.text();
  if (response.status === 307) return `redirect ${response.headers.get("location")} ${body}`;
  if (response.status === 404) return `404 ${body.includes("Riley") ? "with the portfolio" : ""}`;
  return response.status === 200 && body.includes("Riley Hidden-Name") ? "rendered" : `status ${response.status}`;
}

describe("/s/<token>", () => {
  it("sends a revoked link to the 410 page and a draft's link to 404, rendering nothing", async () => {
    const user = await owner("PUBLIC");
    const link = await createShareLink(user.id, linkInput);
    await revokeShareLink(user.id, link.id);
    const revoked = await outcome(link.token);
    expect(revoked).toContain("redirect");
    expect(revoked).toContain(`/s/${link.token}/gone`);
    expect(revoked).not.toContain("Riley");

    const draftOwner = await owner("DRAFT");
    const draftLink = await createShareLink(draftOwner.id, linkInput);
    expect(await outcome(draftLink.token)).toBe("404 ");
    expect(await outcome("not-a-real-token")).toBe("404 ");
  });

  it("renders an active link", async () => {
    const user = await owner("PUBLIC");
    const link = await createShareLink(user.id, linkInput);
    expect(await outcome(link.token)).toBe("rendered");
  });

  it("lets the server copy an active link's page for a second at most, never past the link's expiry, and nothing else", async () => {
    const user = await owner("PUBLIC");
    const open = (token: string) => sharedPortfolioRoute(new Request(`http://localhost/s/${token}`), { params: Promise.resolve({ token }) });
    const link = await createShareLink(user.id, linkInput);
    const page = await open(link.token);
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("private, no-store");
    expect(page.headers.get(READING_COPY_HEADER)).toBe("1000");
    // A link that ends in half a second: the copy may live no longer than the link.
    const ending = await createShareLink(user.id, linkInput);
    await db().shareLink.update({ where: { id: ending.id }, data: { expiresAt: new Date(Date.now() + 500) } });
    const leave = Number((await open(ending.token)).headers.get(READING_COPY_HEADER));
    expect(leave).toBeGreaterThan(0);
    expect(leave).toBeLessThanOrEqual(500);
    // Not the gone redirect, not a 404, not a page rendered per visitor (the contact page shows their own submit's answer).
    await revokeShareLink(user.id, link.id);
    expect((await open(link.token)).headers.get(READING_COPY_HEADER)).toBeNull();
    expect((await open("not-a-real-token")).headers.get(READING_COPY_HEADER)).toBeNull();
    const perVisitor = await sharedReadingPage(ending.token, async () => ({ status: 200, html: "<p>yours</p>" }));
    expect(perVisitor.status).toBe(200);
    expect(perVisitor.headers.get(READING_COPY_HEADER)).toBeNull();
  });
});
