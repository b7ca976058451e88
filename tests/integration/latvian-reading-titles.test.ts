import { describe, expect, it, vi } from "vitest";

// Issue #17: a cached reading page's <title> and its "not found" speak the portfolio's page language
// (lib/i18n/page-locale.ts), never the visitor's: the one cached copy is served to everyone.
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));

const { db } = await import("@/lib/db/client");
const { createUser } = await import("@/lib/seed/factories");
const { updatePageLocale } = await import("@/lib/i18n/mutations");
const { GET: portfolioRoute } = await import("@/app/[handle]/route");
const { GET: documentRoute } = await import("@/app/[handle]/documents/[id]/route");
const { GET: caseStudyRoute } = await import("@/app/[handle]/case-studies/[slug]/route");
const en = (await import("@/lib/i18n/messages/en")).default;
const lv = (await import("@/lib/i18n/messages/lv")).default;

async function get<P>(route: (request: Request, context: { params: Promise<P> }) => Promise<Response>, params: P) {
  // A visitor whose browser asks for English: the page must not care.
  const response = await route(new Request("http://localhost/", { headers: { "accept-language": "en-US,en;q=0.9" } }), { params: Promise.resolve(params) });
  return { status: response.status, html: await response.text() };
}

function title(html: string): string | undefined {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1];
}

function escaped(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#x27;");
}

async function latvianPortfolio() {
  const user = await createUser(db());
  const portfolio = await db().portfolio.update({
    where: { userId: user.id },
    data: { displayName: "Līga Bērziņa", visibility: "PUBLIC", publishedAt: new Date() },
  });
  await updatePageLocale(user.id, "lv");
  const document = await db().strategyDocument.create({
    data: { portfolioId: portfolio.id, title: "Satura stratēģija", kind: "CONTENT_PLAN", summary: "Ceturkšņa plāns" },
  });
  return { user, handle: user.handle, document };
}

describe("reading pages title in the portfolio's page language (issue #17)", () => {
  it("a document page: lang, <title> and its text in Latvian for a Latvian page", async () => {
    const { handle, document } = await latvianPortfolio();
    const page = await get(documentRoute, { handle, id: document.id });
    expect(page.status).toBe(200);
    expect(page.html).toMatch(/^<!DOCTYPE html><html lang="lv"/);
    expect(title(page.html)).toContain("Satura stratēģija");
    expect(title(page.html)).toContain("Līga Bērziņa");
    expect(page.html).toContain('<meta property="og:locale" content="lv_LV"/>');
  });

  it("a missing document or case study of a Latvian page answers the Latvian not-found, <title> included", async () => {
    const { handle } = await latvianPortfolio();
    for (const missing of [await get(documentRoute, { handle, id: "no-such-document" }), await get(caseStudyRoute, { handle, slug: "no-such-study" })]) {
      expect(missing.status).toBe(404);
      expect(missing.html).toMatch(/^<!DOCTYPE html><html lang="lv"/);
      expect(title(missing.html)).toContain(escaped(lv.publicPage.notFound.title));
      expect(missing.html).toContain(escaped(lv.publicPage.notFound.body));
      expect(missing.html).not.toContain(escaped(en.publicPage.notFound.title));
    }
  });

  it("a handle that is no public portfolio answers one not-found for everyone, whatever the visitor's language", async () => {
    const { user, handle } = await latvianPortfolio();
    // Unpublished: it must look like a handle that never existed (nothing leaks which one it is).
    await db().portfolio.update({ where: { userId: user.id }, data: { visibility: "DRAFT" } });
    const draft = await get(portfolioRoute, { handle });
    const nobody = await get(portfolioRoute, { handle: "nobody-here-lv" });
    expect(draft.status).toBe(404);
    expect(nobody.status).toBe(404);
    expect(draft.html).toBe(nobody.html);
    expect(title(nobody.html)).toContain(escaped(en.publicPage.notFound.title));
  });
});
