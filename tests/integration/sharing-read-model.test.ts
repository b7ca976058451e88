import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { createUser } from "@/lib/seed/factories";
import { createShareLink, revokeShareLink } from "@/lib/sharing/mutations";
import { getSharedPortfolio } from "@/lib/sharing/read-model";

const CLIENTS = ["Bluebird Coffee Roasters", "Northwind Outdoor Gear", "Secret Bank of Riga"];

async function portfolioWithWork(visibility: "PUBLIC" | "UNLISTED" | "DRAFT" = "PUBLIC") {
  const user = await createUser(db());
  const portfolio = await db().portfolio.update({
    where: { userId: user.id },
    data: { displayName: "Riley Example", headline: "Social media manager", visibility, bio: `I grew ${CLIENTS[0]} on TikTok.` },
  });
  const campaign = await db().campaign.create({
    data: {
      portfolioId: portfolio.id,
      title: `${CLIENTS[0]} spring launch`,
      client: CLIENTS[0],
      workKind: "CLIENT",
      startDate: new Date("2025-03-01"),
      objective: "AWARENESS",
      summary: `Grew ${CLIENTS[0]}'s reach with reels.`,
    },
  });
  await db().campaign.create({
    data: {
      portfolioId: portfolio.id,
      title: "Bank awareness",
      client: CLIENTS[2],
      confidential: true,
      anonymizedLabel: "a regional bank",
      workKind: "CLIENT",
      startDate: new Date("2025-01-01"),
      objective: "LEADS",
    },
  });
  await db().caseStudy.create({
    data: {
      portfolioId: portfolio.id,
      title: "Outdoor community growth",
      slug: "outdoor-community",
      client: CLIENTS[1],
      challenge: `${CLIENTS[1]} had no community.`,
      campaigns: { connect: { id: campaign.id } },
    },
  });
  await db().contentSample.create({
    data: { portfolioId: portfolio.id, platform: "INSTAGRAM", format: "CAROUSEL", title: "Trail tips", workKind: "CLIENT", client: CLIENTS[1] },
  });
  await db().skill.create({ data: { portfolioId: portfolio.id, name: "Canva", category: "TOOL" } });
  return { user, portfolio };
}

const linkInput = { recipientName: "Jane", company: "Acme", note: "", expiresAt: null, anonymizeAll: false };

describe("the share read model", () => {
  let riley: Awaited<ReturnType<typeof portfolioWithWork>>;
  beforeAll(async () => {
    riley = await portfolioWithWork();
  });

  it("holds only the link's sections", async () => {
    const link = await createShareLink(riley.user.id, { ...linkInput, sections: ["campaigns", "caseStudies"] });
    const shared = await getSharedPortfolio(link.token);
    if (shared.status !== "active") throw new Error(`expected active, got ${shared.status}`);
    const view = shared.portfolio;
    expect(view.sections).toEqual(["campaigns", "caseStudies"]);
    expect(view.campaigns).toHaveLength(2);
    expect(view.caseStudies).toHaveLength(1);
    expect(view.samples).toEqual([]);
    expect(view.skills).toEqual([]);
    expect(JSON.stringify(view)).not.toContain("Trail tips");
    expect(JSON.stringify(view)).not.toContain("Canva");
  });

  it("with 'anonymize all' contains no client name anywhere", async () => {
    const link = await createShareLink(riley.user.id, { ...linkInput, anonymizeAll: true, sections: ["campaigns", "caseStudies", "samples"] });
    const shared = await getSharedPortfolio(link.token);
    if (shared.status !== "active") throw new Error(`expected active, got ${shared.status}`);
    const json = JSON.stringify(shared.portfolio);
    for (const client of CLIENTS) expect(json).not.toContain(client);
    expect(shared.portfolio.campaigns.every((campaign) => campaign.client.confidential)).toBe(true);
    expect(shared.portfolio.campaigns.map((campaign) => campaign.client.label)).toContain("a regional bank");
  });

  it("without it still hides confidential clients, but names the others", async () => {
    const link = await createShareLink(riley.user.id, { ...linkInput, sections: ["campaigns"] });
    const shared = await getSharedPortfolio(link.token);
    if (shared.status !== "active") throw new Error("expected active");
    const json = JSON.stringify(shared.portfolio);
    expect(json).toContain(CLIENTS[0]);
    expect(json).not.toContain(CLIENTS[2]);
  });

  it("gives nothing of the portfolio for revoked, expired and draft links", async () => {
    const revoked = await createShareLink(riley.user.id, { ...linkInput, sections: ["campaigns"] });
    await revokeShareLink(riley.user.id, revoked.id);
    const expired = await createShareLink(riley.user.id, { ...linkInput, sections: ["campaigns"] });
    await db().shareLink.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    const draft = await portfolioWithWork("DRAFT");
    const draftLink = await createShareLink(draft.user.id, { ...linkInput, sections: ["campaigns"] });

    expect(await getSharedPortfolio(revoked.token)).toEqual({ status: "inactive" });
    expect(await getSharedPortfolio(expired.token)).toEqual({ status: "inactive" });
    expect(await getSharedPortfolio(draftLink.token)).toEqual({ status: "not-found" });
  });

  it("works for unlisted portfolios", async () => {
    const unlisted = await portfolioWithWork("UNLISTED");
    const link = await createShareLink(unlisted.user.id, { ...linkInput, sections: ["skills"] });
    const shared = await getSharedPortfolio(link.token);
    expect(shared.status).toBe("active");
  });
});
