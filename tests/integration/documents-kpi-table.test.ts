import { describe, expect, it } from "vitest";

const { db } = await import("@/lib/db/client");
const { getOwnKpiCampaign } = await import("@/lib/documents/kpi-data");
const factories = await import("@/lib/seed/factories");

describe("KPI table figures", () => {
  it("are the owner's own first campaign with results, never another portfolio's", async () => {
    const other = await factories.createUser(db());
    const theirs = await factories.ensurePortfolio(db(), other.id);
    await factories.createCampaign(db(), theirs.id, { title: "Someone else's launch", metrics: { create: [{ kind: "FOLLOWERS", value: 12400 }] } });

    const user = await factories.createUser(db());
    const portfolio = await factories.ensurePortfolio(db(), user.id);
    // A new account with no results gets nothing (an empty table), not the other portfolio's numbers.
    expect(await getOwnKpiCampaign(user.id)).toBeNull();

    await factories.createCampaign(db(), portfolio.id, { title: "No numbers yet" });
    expect(await getOwnKpiCampaign(user.id)).toBeNull();

    await factories.createCampaign(db(), portfolio.id, {
      title: "Home for Winter",
      currency: "EUR",
      metrics: {
        create: [
          { kind: "REACH", value: 18400, position: 1 },
          { kind: "FOLLOWERS", value: 3050, baseline: 2400, position: 0 },
        ],
      },
    });
    expect(await getOwnKpiCampaign(user.id)).toEqual({
      title: "Home for Winter",
      currency: "EUR",
      budget: null,
      metrics: [
        { kind: "FOLLOWERS", customName: "", value: 3050, baseline: 2400 },
        { kind: "REACH", customName: "", value: 18400, baseline: null },
      ],
    });
  });
});
