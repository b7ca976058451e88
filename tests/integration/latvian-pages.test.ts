import { describe, expect, it, vi } from "vitest";

// Route handlers read messages through next-intl's request config, which only Next sets up: the test stand-in
// serves them in the reading page's language, as lib/i18n/request.ts does.
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));

const { revalidateTag } = await import("next/cache");
const { db } = await import("@/lib/db/client");
const { createCampaign, createUser } = await import("@/lib/seed/factories");
const { GET: portfolioRoute } = await import("@/app/[handle]/route");
const { updatePageLocale } = await import("@/lib/i18n/mutations");
const { getPublicPortfolio } = await import("@/lib/public/data");
const { portfolioMetadata, profilePageJsonLd } = await import("@/lib/seo/metadata");
const { portfolioCard } = await import("@/lib/seo/card");
const en = (await import("@/lib/i18n/messages/en")).default;
const lv = (await import("@/lib/i18n/messages/lv")).default;

const NBSP = "\u00a0";

async function page(handle: string): Promise<string> {
  const response = await portfolioRoute(new Request("http://localhost/"), { params: Promise.resolve({ handle }) });
  expect(response.status).toBe(200);
  return response.text();
}

/** Text as React writes it into HTML. */
function escaped(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#x27;");
}

async function publishedPortfolio() {
  const user = await createUser(db());
  const portfolio = await db().portfolio.update({ where: { userId: user.id }, data: { visibility: "PUBLIC", publishedAt: new Date() } });
  const campaign = await createCampaign(db(), portfolio.id, {
    title: "Ziemas kampaņa",
    budget: 1234.5,
    currency: "EUR",
    startDate: new Date("2026-03-05T00:00:00Z"),
    endDate: null,
  });
  await db().metric.create({ data: { campaignId: campaign.id, kind: "REACH", value: 12400, baseline: 8000 } });
  return { user, handle: user.handle };
}

describe("the public page in its portfolio's language (issue #17)", () => {
  it("renders labels, numbers, money and dates in Latvian when the page language is lv, whoever visits", async () => {
    const { user, handle } = await publishedPortfolio();
    await updatePageLocale(user.id, "lv");

    const html = await page(handle);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="lv"/);
    expect(html).toContain(escaped(lv.publicPage.sections.campaigns));
    expect(html).toContain(escaped(lv.publicPage.campaigns.budget.replace("{amount}", `1234,50${NBSP}€`)));
    expect(html).toContain(`12${NBSP}400`);
    expect(html).toContain("2026. g. 5. marts");
    // The owner's own words are not translated.
    expect(html).toContain("Ziemas kampaņa");
    expect(html).toContain('<meta property="og:locale" content="lv_LV"/>');
    expect(html).toContain('"inLanguage":"lv"');

    const portfolio = (await getPublicPortfolio(handle))!;
    expect(portfolio.pageLocale).toBe("lv");
    expect(portfolioMetadata(portfolio).openGraph).toMatchObject({ locale: "lv_LV" });
    expect(profilePageJsonLd(portfolio)).toMatchObject({ inLanguage: "lv" });
    // The preview image's text speaks the page language too.
    expect(portfolioCard(portfolio, "example.test").eyebrow).toContain(lv.seo.portfolioLabel);
  });

  it("stays English by default, with English formats", async () => {
    const { handle } = await publishedPortfolio();
    const html = await page(handle);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"/);
    expect(html).toContain(escaped(en.publicPage.sections.campaigns));
    expect(html).toContain(escaped(en.publicPage.campaigns.budget.replace("{amount}", "€1,234.50")));
    expect(html).toContain('<meta property="og:locale" content="en_US"/>');
    expect(html).toContain('"inLanguage":"en"');
  });

  it("switching the page language expires the cached page (its portfolio tag) and the next render speaks it", async () => {
    const { user, handle } = await publishedPortfolio();
    expect(await page(handle)).toMatch(/<html lang="en"/);
    vi.mocked(revalidateTag).mockClear();

    await updatePageLocale(user.id, "lv");
    expect(revalidateTag).toHaveBeenCalledWith(`portfolio:${user.id}`, { expire: 0 });
    expect(await db().portfolio.findUniqueOrThrow({ where: { userId: user.id }, select: { pageLocale: true } })).toEqual({ pageLocale: "lv" });
    expect(await page(handle)).toMatch(/<html lang="lv"/);

    await updatePageLocale(user.id, "en");
    expect(await page(handle)).toMatch(/<html lang="en"/);
  });

  it("changes only the owner's own portfolio", async () => {
    const { user } = await publishedPortfolio();
    const other = await publishedPortfolio();
    await updatePageLocale(user.id, "lv");
    expect(await db().portfolio.findUniqueOrThrow({ where: { userId: other.user.id }, select: { pageLocale: true } })).toEqual({ pageLocale: "en" });
  });
});
