// The list actions every editor room shares (lib/list-actions.ts): the list names its room and the action runs that
// room's owner-scoped mutation — delete, duplicate and reorder land in the right table, never in someone else's list.
import { describe, expect, it, vi } from "vitest";
import { signedInOwner } from "@/tests/support/acting-user";

vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-user"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));

const { db } = await import("@/lib/db/client");
const { createCampaign, createCaseStudy, createSample } = await import("@/lib/seed/factories");
const { deleteItemAction, duplicateItemAction, reorderItemsAction } = await import("@/lib/list-actions");

const rooms = [
  {
    room: "campaigns" as const,
    create: (portfolioId: string, title: string) => createCampaign(db(), portfolioId, { title }),
    titles: async (userId: string) =>
      (await db().campaign.findMany({ where: { portfolio: { userId } }, orderBy: { position: "asc" } })).map((row) => row.title),
  },
  {
    room: "samples" as const,
    create: (portfolioId: string, title: string) => createSample(db(), portfolioId, { title }),
    titles: async (userId: string) =>
      (await db().contentSample.findMany({ where: { portfolio: { userId } }, orderBy: { position: "asc" } })).map((row) => row.title),
  },
  {
    room: "caseStudies" as const,
    create: (portfolioId: string, title: string) => createCaseStudy(db(), portfolioId, { title, slug: title.toLowerCase() }),
    titles: async (userId: string) =>
      (await db().caseStudy.findMany({ where: { portfolio: { userId } }, orderBy: { position: "asc" } })).map((row) => row.title),
  },
];

describe("list actions, one set for every room", () => {
  it.each(rooms)("$room: reorders, duplicates and deletes the owner's items only", async ({ room, create, titles }) => {
    const other = await signedInOwner();
    const theirs = await create(other.portfolio.id, "Theirs");
    const { user, portfolio } = await signedInOwner();
    const first = await create(portfolio.id, "First");
    const second = await create(portfolio.id, "Second");

    expect(await reorderItemsAction({ room, ids: [second.id, first.id] })).toEqual({ ok: true, data: { ids: [second.id, first.id] } });
    expect(await titles(user.id)).toEqual(["Second", "First"]);

    const copy = await duplicateItemAction({ room, id: first.id });
    expect(copy.ok).toBe(true);
    expect((await titles(user.id)).length).toBe(3);

    expect(await deleteItemAction({ room, id: second.id })).toEqual({ ok: true, data: { id: second.id } });
    expect(await titles(user.id)).not.toContain("Second");

    expect(await deleteItemAction({ room, id: theirs.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await duplicateItemAction({ room, id: theirs.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await titles(other.user.id)).toEqual(["Theirs"]);
  });

  it("refuses a room without a list", async () => {
    await signedInOwner();
    expect(await deleteItemAction({ room: "credentials", id: "x" } as never)).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});
