// Campaigns and samples get the documents' show/hide switch: the same action
// shape ({ id, hidden }), owner-scoped, and a hidden item leaves the public page.
import { describe, expect, it, vi } from "vitest";
import { signedInOwner } from "@/tests/support/acting-user";

vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-user"));

const { db } = await import("@/lib/db/client");
const { createCampaign, createSample } = await import("@/lib/seed/factories");
const { setItemHiddenAction } = await import("@/lib/list-actions");
const setCampaignHiddenAction = (input: { id: string; hidden: boolean }) => setItemHiddenAction({ room: "campaigns", ...input });
const setSampleHiddenAction = (input: { id: string; hidden: boolean }) => setItemHiddenAction({ room: "samples", ...input });
const { getCampaign } = await import("@/lib/campaigns/data");
const { getSample } = await import("@/lib/samples/data");
const { getPreviewPortfolio } = await import("@/lib/public/data");

describe("show/hide for campaigns and samples", () => {
  const rooms = [
    {
      room: "campaign",
      create: (portfolioId: string) => createCampaign(db(), portfolioId, { title: "Spring menu launch" }),
      setHidden: setCampaignHiddenAction,
      read: getCampaign,
      onPublicPage: async (userId: string) => (await getPreviewPortfolio(userId))?.campaigns.map((item) => item.id),
    },
    {
      room: "sample",
      create: (portfolioId: string) => createSample(db(), portfolioId, { title: "Latte art reel" }),
      setHidden: setSampleHiddenAction,
      read: getSample,
      onPublicPage: async (userId: string) => (await getPreviewPortfolio(userId))?.samples.map((item) => item.id),
    },
  ];

  it.each(rooms)("hides and shows a $room through its action; the public page follows", async ({ create, setHidden, read, onPublicPage }) => {
    const { user, portfolio } = await signedInOwner();
    const item = await create(portfolio.id);

    expect(await setHidden({ id: item.id, hidden: true })).toEqual({ ok: true, data: { id: item.id, hidden: true } });
    expect((await read(user.id, item.id)).hidden).toBe(true);
    expect(await onPublicPage(user.id)).toEqual([]);

    expect((await setHidden({ id: item.id, hidden: false })).ok).toBe(true);
    expect(await onPublicPage(user.id)).toEqual([item.id]);
  });

  it("never touches someone else's item, and validates its input", async () => {
    const { portfolio } = await signedInOwner();
    const campaign = await createCampaign(db(), portfolio.id);
    const sample = await createSample(db(), portfolio.id);
    await signedInOwner();

    expect(await setCampaignHiddenAction({ id: campaign.id, hidden: true })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await setSampleHiddenAction({ id: sample.id, hidden: true })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db().campaign.findUniqueOrThrow({ where: { id: campaign.id } })).hidden).toBe(false);
    expect((await db().contentSample.findUniqueOrThrow({ where: { id: sample.id } })).hidden).toBe(false);

    const invalid = await setCampaignHiddenAction({ id: campaign.id, hidden: "yes" as unknown as boolean });
    expect(invalid).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});
