import { describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: () => unknown) => fn }));

import SharedPortfolioRoute from "@/app/s/[token]/page";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/seed/factories";
import { createShareLink, revokeShareLink } from "@/lib/sharing/mutations";

const linkInput = { recipientName: "Jane", company: "Acme", note: "", expiresAt: null, sections: ["campaigns" as const], anonymizeAll: false };

async function owner(visibility: "PUBLIC" | "DRAFT") {
  const user = await createUser(db());
  await db().portfolio.update({ where: { userId: user.id }, data: { displayName: "Riley Hidden-Name", visibility } });
  return user;
}

/** What the route does for a token: Next's redirect/notFound signal by throwing an error with a digest. */
async function outcome(token: string): Promise<string> {
  try {
    await SharedPortfolioRoute({ params: Promise.resolve({ token }) });
    return "rendered";
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error);
  }
}

describe("/s/<token>", () => {
  it("sends a revoked link to the 410 page and a draft's link to 404, rendering nothing", async () => {
    const user = await owner("PUBLIC");
    const link = await createShareLink(user.id, linkInput);
    await revokeShareLink(user.id, link.id);
    const revoked = await outcome(link.token);
    expect(revoked).toContain("NEXT_REDIRECT");
    expect(revoked).toContain(`/s/${link.token}/gone`);
    expect(revoked).not.toContain("Riley");

    const draftOwner = await owner("DRAFT");
    const draftLink = await createShareLink(draftOwner.id, linkInput);
    expect(await outcome(draftLink.token)).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(await outcome("not-a-real-token")).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
  });

  it("renders an active link", async () => {
    const user = await owner("PUBLIC");
    const link = await createShareLink(user.id, linkInput);
    expect(await outcome(link.token)).toBe("rendered");
  });
});
