// The contact pages under /<handle> (issue #14: one contactReadingPage for both): rendered per request in the page's
// language, never stored, and the reading pages' 404 for a handle without a published portfolio.
import { describe, expect, it, vi } from "vitest";

vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));

const { db } = await import("@/lib/db/client");
const { createUser } = await import("@/lib/seed/factories");
const { GET: contactRoute } = await import("@/app/[handle]/contact/route");
const { GET: sentRoute } = await import("@/app/[handle]/contact/sent/route");

async function get(route: typeof contactRoute, handle: string) {
  const response = await route(new Request(`http://localhost/${handle}/contact`), { params: Promise.resolve({ handle }) });
  return { status: response.status, cacheControl: response.headers.get("cache-control"), html: await response.text() };
}

describe("contact pages", () => {
  it("render the form and the 'sent' page for a published portfolio, never stored", async () => {
    const user = await createUser(db(), { name: "Laura Ozola" });
    await db().portfolio.update({ where: { userId: user.id }, data: { visibility: "PUBLIC", publishedAt: new Date(), contactEmail: "laura@example.com" } });

    const form = await get(contactRoute, user.handle);
    expect(form.status).toBe(200);
    expect(form.cacheControl).toBe("private, no-store");
    expect(form.html).toMatch(/<title>[^<]*Laura Ozola[^<]*<\/title>/);
    expect(form.html).toContain('content="noindex, follow"');
    expect(form.html).toMatch(/<form [^>]*action="\/api\/contact" method="post"/);

    const sent = await get(sentRoute, user.handle);
    expect(sent.status).toBe(200);
    expect(sent.cacheControl).toBe("private, no-store");
    expect(sent.html).not.toMatch(/<form [^>]*action="\/api\/contact"/);
  });

  it("answer an unknown handle with the reading pages' 404, never stored", async () => {
    for (const route of [contactRoute, sentRoute]) {
      const missing = await get(route, "nobody-here-at-all");
      expect(missing.status).toBe(404);
      expect(missing.cacheControl).toBe("private, no-store");
      expect(missing.html).toContain('content="noindex"');
    }
  });
});
