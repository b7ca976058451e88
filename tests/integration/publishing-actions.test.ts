import { beforeEach, describe, expect, it, vi } from "vitest";

// The acting user, as authedAction would get it from the session.
let actingUser: { id: string; name: string; email: string; handle: string } | null = null;
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => actingUser }));

const revalidateTag = vi.mocked((await import("next/cache")).revalidateTag);
const { db } = await import("@/lib/db/client");
const { createUser } = await import("@/lib/seed/factories");
const { setVisibilityAction, updateAppearanceAction, updateSectionsAction } = await import("@/lib/publishing/actions");
const { getPublishSettings } = await import("@/lib/publishing/data");

async function owner() {
  const user = await createUser(db());
  await db().portfolio.update({ where: { userId: user.id }, data: { displayName: user.name } });
  return { id: user.id, name: user.name, email: user.email, handle: user.handle };
}

beforeEach(() => {
  revalidateTag.mockClear();
});

describe("publishing actions", () => {
  it("change only the acting user's portfolio and expire its cached public page", async () => {
    const alice = await owner();
    const bob = await owner();
    actingUser = alice;

    expect(await setVisibilityAction({ visibility: "PUBLIC" })).toMatchObject({ ok: true, data: { visibility: "PUBLIC" } });
    expect(await updateAppearanceAction({ theme: "EDITORIAL", accentColor: "#BE123C" })).toEqual({
      ok: true,
      data: { theme: "EDITORIAL", accentColor: "#be123c" },
    });
    expect((await updateSectionsAction({ sectionOrder: ["skills", "campaigns"], hiddenSections: ["calendars"] })).ok).toBe(true);

    const a = await db().portfolio.findUniqueOrThrow({ where: { userId: alice.id } });
    expect(a).toMatchObject({ visibility: "PUBLIC", theme: "EDITORIAL", accentColor: "#be123c", hiddenSections: ["calendars"] });
    expect(a.publishedAt).toBeInstanceOf(Date);
    expect(a.sectionOrder.slice(0, 2)).toEqual(["skills", "campaigns"]);
    expect(a.sectionOrder).toHaveLength(9);

    const b = await db().portfolio.findUniqueOrThrow({ where: { userId: bob.id } });
    expect(b).toMatchObject({ visibility: "DRAFT", theme: "LIGHT", accentColor: "#4338ca", hiddenSections: [], publishedAt: null });

    // Each write expired Alice's page at once, never Bob's.
    expect(revalidateTag).toHaveBeenCalledWith(`portfolio:${alice.id}`, { expire: 0 });
    expect(revalidateTag.mock.calls.some(([tag]) => tag === `portfolio:${bob.id}`)).toBe(false);
  });

  it("keeps the first publish date when unpublishing", async () => {
    actingUser = await owner();
    await setVisibilityAction({ visibility: "PUBLIC" });
    const first = (await getPublishSettings(actingUser.id)).publishedAt;
    await setVisibilityAction({ visibility: "DRAFT" });
    const settings = await getPublishSettings(actingUser.id);
    expect(settings.visibility).toBe("DRAFT");
    expect(settings.publishedAt).toBe(first);
  });

  it("reject signed-out callers and invalid input without writing", async () => {
    actingUser = null;
    expect(await setVisibilityAction({ visibility: "PUBLIC" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });

    actingUser = await owner();
    const result = await updateAppearanceAction({ theme: "LIGHT", accentColor: "javascript:alert(1)" });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { accentColor: ["accentColor"] } });
    expect((await db().portfolio.findUniqueOrThrow({ where: { userId: actingUser.id } })).accentColor).toBe("#4338ca");
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("answers NOT_FOUND for an account without a portfolio", async () => {
    const user = await createUser(db());
    // Accounts are created with their portfolio; take it away to reach this path.
    await db().portfolio.delete({ where: { userId: user.id } });
    actingUser = { id: user.id, name: user.name, email: user.email, handle: user.handle };
    expect(await updateAppearanceAction({ theme: "DARK", accentColor: "#000000" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
