import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { shareLinkInput } from "@/tests/support/forms";

// Route handlers read messages through next-intl's request config, which only Next sets up: the same English messages, directly.
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));

const storageDir = mkdtempSync(path.join(os.tmpdir(), "postfolio-reading-"));
process.env.STORAGE_DIR = storageDir;

const { db } = await import("@/lib/db/client");
const { seedDemoIfEmpty } = await import("@/lib/seed/demo");
const { GET: portfolioRoute } = await import("@/app/[handle]/route");
const { GET: caseStudyRoute } = await import("@/app/[handle]/case-studies/[slug]/route");
const { GET: documentRoute } = await import("@/app/[handle]/documents/[id]/route");
const { GET: sharedRoute } = await import("@/app/s/[token]/route");
const { createShareLink } = await import("@/lib/sharing/mutations");
const { BEACON_SCRIPT } = await import("@/lib/analytics/beacon-script");
const { OWNER_CHECK_SCRIPT } = await import("@/lib/public/owner-check-script");

// The reading pages are plain HTML (issue #16): no client runtime, no hydration
// payload, half the bytes they had as App Router pages (376-385 kB raw).
const HTML_BUDGET_BYTES = 190_000;

async function get<P>(route: (request: Request, context: { params: Promise<P> }) => Promise<Response>, params: P) {
  const response = await route(new Request("http://localhost/"), { params: Promise.resolve(params) });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

/** Text as React writes it into HTML. */
function escaped(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#x27;");
}

/** Every <script> of a page: its attributes and its text. */
function scripts(html: string) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((match) => ({ attributes: match[1]!.trim(), text: match[2]! }));
}

beforeAll(async () => {
  await seedDemoIfEmpty(db());
});
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

describe("the reading pages as plain HTML", () => {
  it("/demo stays within its byte budget, with no script but the view beacon and its structured data", async () => {
    const { status, headers, html } = await get(portfolioRoute, { handle: "demo" });
    expect(status).toBe(200);
    expect(headers.get("content-type")).toContain("text/html");
    const raw = Buffer.byteLength(html);
    console.info(`/demo: ${raw} B raw, ${gzipSync(html).length} B gzip`);
    expect(raw).toBeLessThanOrEqual(HTML_BUDGET_BYTES);
    expect(html).not.toContain("__next_f");
    const found = scripts(html);
    expect(found.filter((script) => /(^|\s)src=/.test(script.attributes))).toEqual([]);
    expect(found.map((script) => script.attributes)).toEqual(['type="application/ld+json"', 'data-src="/api/views?h=demo"']);
    // The beacon's text is the one a CSP allows by hash.
    expect(found[1]!.text).toBe(BEACON_SCRIPT);
    expect(html).toContain("<noscript>");
    // What the App Router's layout and metadata gave the page, kept.
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"/);
    expect(html).toContain('<link rel="icon" href="/icon.svg"');
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/demo"/);
    expect(html).toMatch(/<meta property="og:image" content="[^"]*\/demo\/og\.png\?v=/);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
    expect(html).toMatch(/<form [^>]*action="\/api\/contact" method="post"/);
    // The keyboard's first stop skips to the content.
    expect(html).toMatch(/<a href="#main" [^>]*>Skip to content<\/a>/);
    // Icons: one sprite, every use a reference.
    expect(html.match(/<symbol /g)?.length).toBeGreaterThan(10);
    expect(html).toContain('<use href="#pf-i-');
  });

  it("a case study and a document render from the portfolio's read; missing ones are the visitor's 404", async () => {
    const user = await db().user.findUniqueOrThrow({ where: { handle: "demo" }, select: { id: true } });
    const study = await db().caseStudy.findFirstOrThrow({ where: { portfolio: { userId: user.id }, hidden: false }, orderBy: { position: "asc" } });
    const document = await db().strategyDocument.findFirstOrThrow({ where: { portfolio: { userId: user.id }, hidden: false }, orderBy: { position: "asc" } });
    const caseStudy = await get(caseStudyRoute, { handle: "demo", slug: study.slug });
    expect(caseStudy.status).toBe(200);
    expect(caseStudy.html).toContain(escaped(study.title));
    expect(caseStudy.html).toMatch(/<a href="#main" [^>]*>Skip to content<\/a>/);
    expect(caseStudy.html).not.toContain("__next_f");
    const documentPage = await get(documentRoute, { handle: "demo", id: document.id });
    expect(documentPage.status).toBe(200);
    expect(documentPage.html).toContain(escaped(document.title));

    const missing = await get(caseStudyRoute, { handle: "demo", slug: "no-such-study" });
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('content="noindex"');
    const nobody = await get(portfolioRoute, { handle: "nobody-here" });
    expect(nobody.status).toBe(404);
    // One cached answer for everyone: the owner's notice is in it, hidden, with the one script a CSP allows by hash
    // that shows it when /api/owner-draft says so (no script src, nothing else).
    expect(nobody.html).toMatch(/<div id="owner-draft" hidden="" [^>]*>/);
    expect(nobody.html).toContain("This is your draft — publish it");
    expect(scripts(nobody.html).map((script) => script.text)).toEqual([OWNER_CHECK_SCRIPT]);
    expect(nobody.html).toContain('<h1 class="text-2xl font-semibold tracking-tight">This portfolio isn&#x27;t available</h1>');
  });

  it("/demo leads with the featured strip, then the samples as one filterable grid and long sections behind 'Show all'", async () => {
    const { html } = await get(portfolioRoute, { handle: "demo" });
    const featured = html.indexOf('data-featured=""');
    expect(featured).toBeGreaterThan(html.indexOf("</header>"));
    expect(featured).toBeLessThan(html.indexOf('id="main"'));
    expect(html.slice(featured).match(/data-featured-figure=/g)?.length).toBe(3);
    // The platform filter is radio buttons ("All platforms" chosen) and CSS, no script.
    const radios = html.match(/<input type="radio"[^>]*name="sample-platform"[^>]*>/g) ?? [];
    expect(radios.length).toBeGreaterThan(2);
    expect(radios.filter((radio) => radio.includes('checked=""'))).toEqual([expect.stringContaining('value="all"')]);
    // The case studies' whole story is in the page for print (the PDF), once per study.
    expect(html.match(/data-print-story=""/g)?.length).toBeGreaterThanOrEqual(2);
    expect(html).toContain("<details");
  });

  it("/demo may be kept one second by a shared cache in front (nginx), never by the browser", async () => {
    const { status, headers, html } = await get(portfolioRoute, { handle: "demo" });
    expect(status).toBe(200);
    // deploy/nginx.conf's front cache stores exactly what s-maxage allows: an owner's change reaches visitors within a second.
    expect(headers.get("cache-control")).toBe("public, max-age=0, s-maxage=1, must-revalidate");
    expect(headers.get("set-cookie")).toBeNull();
    expect(html).toContain("<!DOCTYPE html>");
    // The server's one-second copy of it goes only with a change to the demo's portfolio or handle (scripts/serve/reading-copies.ts).
    const demo = await db().user.findUniqueOrThrow({ where: { handle: "demo" }, select: { id: true } });
    expect(headers.get("x-postfolio-copy-tags")?.split(" ").sort()).toEqual([
      `handle:demo`,
      `handle:demo:settle`,
      `portfolio:${demo.id}`,
      `portfolio:${demo.id}:settle`,
    ]);
    // A missing handle's 404 likewise, so a flood on a dead link is answered by the front cache too.
    const missing = await get(portfolioRoute, { handle: "no-such-handle-here" });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=1, must-revalidate");
  });

  it("a share page is plain HTML, never stored by the browser", async () => {
    const user = await db().user.findUniqueOrThrow({ where: { handle: "demo" }, select: { id: true } });
    const link = await createShareLink(user.id, shareLinkInput());
    const { status, headers, html } = await get(sharedRoute, { token: link.token });
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toContain("no-store");
    // Nor by the front cache: nginx stores only what a public s-maxage allows.
    expect(headers.get("cache-control")).toContain("private");
    expect(headers.get("cache-control")).not.toContain("s-maxage");
    // The server may keep it a second (scripts/serve/reading-copies.ts), until the portfolio or this link changes.
    expect(headers.get("x-postfolio-reading-copy")).toBe("1000");
    expect(headers.get("x-postfolio-copy-tags")?.split(" ").sort()).toEqual([`portfolio:${user.id}`, `portfolio:${user.id}:settle`, `share-link:${link.id}`]);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow, nocache"/>');
    expect(scripts(html).filter((script) => /(^|\s)src=/.test(script.attributes))).toEqual([]);
    expect(html).not.toContain("__next_f");
  });
});
