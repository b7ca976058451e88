import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { createUser } from "@/lib/seed/factories";
import { seedDemoPlans } from "@/lib/seed/demo-plans";
import { getCalendar, listCalendars } from "@/lib/calendars/data";
import { listDocuments } from "@/lib/documents/data";

describe("demo plans seed", () => {
  it("adds a strategy with a KPI table, a brand voice guide and a two-month calendar linked to samples", async () => {
    const user = await createUser(db());
    const portfolio = await db().portfolio.update({ where: { userId: user.id }, data: { displayName: "Demo" } });
    const campaign = await db().campaign.create({
      data: { portfolioId: portfolio.id, title: "Spring", workKind: "FREELANCE", startDate: new Date("2026-03-02"), objective: "SALES" },
    });
    const samples = await Promise.all(
      ["Reel", "Carousel"].map((title) =>
        db().contentSample.create({ data: { portfolioId: portfolio.id, platform: "INSTAGRAM", format: "CAROUSEL", title, workKind: "FREELANCE" } }),
      ),
    );
    await seedDemoPlans(db(), { portfolioId: portfolio.id, userId: user.id, campaignIds: [campaign.id], sampleIds: samples.map((s) => s.id) });

    const documents = await listDocuments(user.id);
    expect(documents.map((doc) => doc.kind)).toEqual(["SOCIAL_MEDIA_STRATEGY", "BRAND_VOICE_GUIDE"]);
    expect(documents[0]?.campaign?.id).toBe(campaign.id);
    const [calendar] = await listCalendars(user.id);
    expect(calendar).toMatchObject({ startMonth: "2026-03", endMonth: "2026-04" });
    expect(calendar!.entryCount).toBeGreaterThanOrEqual(15);
    expect(calendar!.platforms.length).toBeGreaterThanOrEqual(4);
    const { entries } = await getCalendar(user.id, calendar!.id);
    expect(new Set(entries.map((entry) => entry.status))).toEqual(new Set(["IDEA", "DRAFT", "SCHEDULED", "PUBLISHED"]));
    expect(entries.filter((entry) => entry.sample).map((entry) => entry.sample!.title)).toEqual(["Reel", "Carousel"]);
  });
});
