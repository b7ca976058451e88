// One show/hide switch in every room (issue #14 §5): campaigns and samples get
// the same action shape as documents, and no write creates a missing portfolio.
import { describe, expect, it, vi } from "vitest";
import { signedInOwner } from "@/tests/support/acting-user";
import { campaignForm } from "@/tests/support/forms";

vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-user"));

const { db } = await import("@/lib/db/client");
const { createCampaign, createSample } = await import("@/lib/seed/factories");
const { saveCampaignAction } = await import("@/lib/campaigns/actions");
const { setItemHiddenAction } = await import("@/lib/list-actions");
const hiddenIn = (room: "campaigns" | "samples" | "documents") => (input: { id: string; hidden: boolean }) => setItemHiddenAction({ room, ...input });
const setCampaignHiddenAction = hiddenIn("campaigns");
const setSampleHiddenAction = hiddenIn("samples");
const setDocumentHiddenAction = hiddenIn("documents");

describe("show/hide in every room", () => {
  const rooms = [
    {
      room: "campaign",
      create: (portfolioId: string) => createCampaign(db(), portfolioId),
      setHidden: setCampaignHiddenAction,
      stored: async (id: string) => (await db().campaign.findUniqueOrThrow({ where: { id } })).hidden,
    },
    {
      room: "sample",
      create: (portfolioId: string) => createSample(db(), portfolioId),
      setHidden: setSampleHiddenAction,
      stored: async (id: string) => (await db().contentSample.findUniqueOrThrow({ where: { id } })).hidden,
    },
  ];

  it.each(rooms)("hides and shows the owner's $room; another user's is NOT_FOUND and stays as it was", async ({ create, setHidden, stored }) => {
    const other = await signedInOwner();
    const theirs = await create(other.portfolio.id);
    const { portfolio } = await signedInOwner();
    const mine = await create(portfolio.id);

    expect(await setHidden({ id: mine.id, hidden: true })).toEqual({ ok: true, data: { id: mine.id, hidden: true } });
    expect(await stored(mine.id)).toBe(true);
    expect(await setHidden({ id: mine.id, hidden: false })).toMatchObject({ ok: true });
    expect(await stored(mine.id)).toBe(false);

    expect(await setHidden({ id: theirs.id, hidden: true })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await stored(theirs.id)).toBe(false);
  });

  it("takes the same input in every room and reports every field error", async () => {
    await signedInOwner();
    for (const action of [setCampaignHiddenAction, setSampleHiddenAction, setDocumentHiddenAction]) {
      expect(await action({ id: "", hidden: "yes" } as never)).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { id: expect.arrayContaining(["required"]), hidden: expect.any(Array) },
      });
    }
    // The room is validated like the rest: only the rooms with a list.
    expect(await setItemHiddenAction({ room: "credentials", id: "x", hidden: true } as never)).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});

describe("writes never create a portfolio", () => {
  it("saving a campaign for an account without its portfolio is NOT_FOUND and creates none", async () => {
    const { user } = await signedInOwner();
    await db().portfolio.delete({ where: { userId: user.id } });
    const result = await saveCampaignAction(campaignForm());
    expect(result).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await db().portfolio.findUnique({ where: { userId: user.id } })).toBeNull();
  });
});
