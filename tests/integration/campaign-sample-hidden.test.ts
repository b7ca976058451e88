// Campaigns and samples get the documents' show/hide switch: the same action
// shape ({ id, hidden }), owner-scoped, and a hidden item leaves the public page.
import { describe, expect, it, vi } from "vitest";
import { signedInOwner } from "@/tests/support/acting-user";

vi.mock("next/cache", () => ({ revalidateTag: vi.fn(), revalidatePath: vi.fn(), unstable_cache: (fn: unknown) => fn }));

vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-user"));

const { db } = await import("@/lib/db/client");
const { createCampaign, createSample } = await import("@/lib/seed/factories");
const { setCampaignHiddenAction } = await import("@/lib/campaigns/actions");
const { setSampleHiddenAction } = await import("@/lib/samples/actions");
const { getCampaign } = await import("@/lib/campaigns/data");
const { getSample } = await import("@/lib/samples/data");
const { getPreviewPortfolio } = await import("@/lib/public/data");

describe("show/hide for campaigns and samples", () => {
  it("hides and shows a campaign through its action; the public page follows", async () => {
    const { user, portfolio } = await signedInOwner();
    const campaign = await createCampaign(db(), portfolio.id, { title: "Spring menu launch" });

    expect(await setCampaignHiddenAction({ id: campaign.id, hidden: true })).toEqual({ ok: true, data: { id: campaign.id, hidden: true } });
    expect((await getCampaign(user.id, campaign.id)).hidden).toBe(true);
    expect((await getPreviewPortfolio(user.id))?.campaigns.map((item) => item.title)).toEqual([]);

    expect((await setCampaignHiddenAction({ id: campaign.id, hidden: false })).ok).toBe(true);
    expect((await getPreviewPortfolio(user.id))?.campaigns.map((item) => item.title)).toEqual(["Spring menu launch"]);
  });

  it("hides and shows a sample through its action; the public page follows", async () => {
    const { user, portfolio } = await signedInOwner();
    const sample = await createSample(db(), portfolio.id, { title: "Latte art reel" });

    expect(await setSampleHiddenAction({ id: sample.id, hidden: true })).toEqual({ ok: true, data: { id: sample.id, hidden: true } });
    expect((await getSample(user.id, sample.id)).hidden).toBe(true);
    expect((await getPreviewPortfolio(user.id))?.samples.map((item) => item.id)).toEqual([]);

    expect((await setSampleHiddenAction({ id: sample.id, hidden: false })).ok).toBe(true);
    expect((await getPreviewPortfolio(user.id))?.samples.map((item) => item.id)).toEqual([sample.id]);
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
