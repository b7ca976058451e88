import { describe, expect, it, vi } from "vitest";

vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));

const { db } = await import("@/lib/db/client");
const { DEMO_LV_LOGIN, seedLatvianDemoIfMissing } = await import("@/lib/seed/demo-lv");
const { GET: portfolioRoute } = await import("@/app/[handle]/route");
const { verifyPassword } = await import("@/lib/auth/password");

describe("the demo's Latvian twin (/demo-lv)", () => {
  it("is seeded once, written in Latvian, with Latvian as its page language and the owner's language", async () => {
    // The shared test database may hold it already (the demo seed adds it): idempotent either way.
    await seedLatvianDemoIfMissing(db());
    expect(await seedLatvianDemoIfMissing(db())).toBe(false);
    expect(await db().user.count({ where: { handle: DEMO_LV_LOGIN.handle } })).toBe(1);

    const user = await db().user.findUniqueOrThrow({ where: { handle: DEMO_LV_LOGIN.handle }, include: { portfolio: { include: { campaigns: true } } } });
    expect(user.locale).toBe("lv");
    expect(await verifyPassword(user.passwordHash!, DEMO_LV_LOGIN.password)).toBe(true);
    expect(user.portfolio).toMatchObject({ pageLocale: "lv", visibility: "PUBLIC" });
    expect(user.portfolio!.campaigns.length).toBeGreaterThanOrEqual(2);
    // Natural Latvian: its diacritics are there.
    expect(user.portfolio!.bio).toMatch(/[āčēģīķļņšūž]/);

    const response = await portfolioRoute(new Request("http://localhost/"), { params: Promise.resolve({ handle: "demo-lv" }) });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toMatch(/<html lang="lv"/);
    expect(html).toContain("Laura Ozoliņa");
    expect(html).toContain("12\u00a0400");
    expect(html).toContain("1234,50\u00a0€");
  });
});
