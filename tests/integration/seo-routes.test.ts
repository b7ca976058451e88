import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterEach, describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db/client";
import { createCampaign, createCaseStudy, createUser } from "@/lib/seed/factories";
import { getPublicPortfolio } from "@/lib/public/data";
import { caseStudyCard, portfolioCard } from "@/lib/seo/card";
import { portfolioMetadata, profilePageJsonLd } from "@/lib/seo/metadata";
import { GET as portfolioImage } from "@/app/[handle]/og.png/route";
import { GET as caseStudyImage } from "@/app/[handle]/case-studies/[slug]/og.png/route";
import sitemap from "@/app/sitemap";
import robots from "@/app/robots";

const SECRET = "Contoso Secret Bakery";
const PNG = [0x89, 0x50, 0x4e, 0x47];

async function portfolioWith(visibility: "DRAFT" | "UNLISTED" | "PUBLIC", hiddenSections: string[] = []) {
  const user = await createUser(db());
  const portfolio = await db().portfolio.update({
    where: { userId: user.id },
    data: { displayName: "Jamie Park", headline: "Social media manager for food brands", visibility, hiddenSections },
  });
  await createCampaign(db(), portfolio.id, {
    title: "Spring launch",
    client: SECRET,
    confidential: true,
    anonymizedLabel: "a family bakery",
    metrics: { create: [{ kind: "FOLLOWERS", value: 6870, baseline: 4120 }] },
  });
  const study = await createCaseStudy(db(), portfolio.id, { title: "Menu launch", client: SECRET, confidential: true, anonymizedLabel: "a family bakery" });
  return { handle: user.handle, study };
}

const request = (path: string) => new Request(`http://localhost:3000${path}`);

describe("preview images", () => {
  it("are PNGs for a public portfolio and its case studies, 404 for draft and unlisted ones", async () => {
    const open = await portfolioWith("PUBLIC");
    const res = await portfolioImage(request(`/${open.handle}/og.png`), { params: Promise.resolve({ handle: open.handle }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect([...new Uint8Array(await res.arrayBuffer()).slice(0, 4)]).toEqual(PNG);
    const cs = await caseStudyImage(request("/x"), { params: Promise.resolve({ handle: open.handle, slug: open.study.slug }) });
    expect(cs.status).toBe(200);

    for (const visibility of ["DRAFT", "UNLISTED"] as const) {
      const closed = await portfolioWith(visibility);
      const page = await portfolioImage(request("/x"), { params: Promise.resolve({ handle: closed.handle }) });
      expect(page.status).toBe(404);
      const study = await caseStudyImage(request("/x"), { params: Promise.resolve({ handle: closed.handle, slug: closed.study.slug }) });
      expect(study.status).toBe(404);
    }
  });

  it("is cached for good only under its current version", async () => {
    const open = await portfolioWith("PUBLIC");
    const meta = portfolioMetadata((await getPublicPortfolio(open.handle))!);
    const images = meta.openGraph?.images as { url: string }[];
    const versioned = await portfolioImage(request(images[0]!.url), { params: Promise.resolve({ handle: open.handle }) });
    expect(versioned.headers.get("cache-control")).toContain("immutable");
    const stale = await portfolioImage(request(`/${open.handle}/og.png?v=old`), { params: Promise.resolve({ handle: open.handle }) });
    expect(stale.headers.get("cache-control")).toContain("max-age=0");
  });

  it("answers a revalidation with 304 while the card is unchanged, and draws it again once it changed", async () => {
    const open = await portfolioWith("PUBLIC");
    const params = { params: Promise.resolve({ handle: open.handle }) };
    const first = await portfolioImage(request(`/${open.handle}/og.png`), params);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"og-[\w-]{12}"$/);
    const revalidate = () => new Request(`http://localhost:3000/${open.handle}/og.png`, { headers: { "if-none-match": etag! } });
    const unchanged = await portfolioImage(revalidate(), params);
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get("etag")).toBe(etag);

    await db().portfolio.updateMany({ where: { user: { handle: open.handle } }, data: { headline: "Now leading social for a food hall" } });
    const changed = await portfolioImage(revalidate(), params);
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect([...new Uint8Array(await changed.arrayBuffer()).slice(0, 4)]).toEqual(PNG);
  });

  describe("without a network", () => {
    afterEach(() => vi.unstubAllGlobals());

    it("draws a name with emoji and Latvian letters from the fonts we ship, fetching nothing", async () => {
      const fetches: string[] = [];
      vi.stubGlobal("fetch", async (input: RequestInfo | URL) => {
        fetches.push(String(input instanceof Request ? input.url : input));
        throw new TypeError("fetch failed: the network is unreachable");
      });
      const error = vi.spyOn(console, "error");
      const user = await createUser(db());
      await db().portfolio.update({
        where: { userId: user.id },
        data: {
          displayName: "🚀 Līga Bērziņa 👩🏽‍💻",
          headline: "Sociālo mediju vadītāja ✨ ā č ē ģ ī ķ ļ ņ š ū ž Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž 🇱🇻 1️⃣",
          visibility: "PUBLIC",
        },
      });
      const response = await portfolioImage(request(`/${user.handle}/og.png`), { params: Promise.resolve({ handle: user.handle }) });
      expect(response.status).toBe(200);
      const png = Buffer.from(await response.arrayBuffer());
      expect(await sharp(png).metadata()).toMatchObject({ format: "png", width: 1200, height: 630 });
      expect(fetches).toEqual([]);
      expect(error).not.toHaveBeenCalled();
      // Kept for a look: the Latvian letters must be glyphs, not boxes.
      writeFileSync(join(tmpdir(), "postfolio-og-latvian.png"), png);
    });
  });

  it("never carry a confidential client's name, and lead with the top result", async () => {
    const open = await portfolioWith("PUBLIC");
    const portfolio = (await getPublicPortfolio(open.handle))!;
    const card = portfolioCard(portfolio, "postfolio.test");
    expect(card.metric).toMatchObject({ value: "6.9K", label: "Followers" });
    expect(card.metric?.detail).toContain("+66.7%");
    const study = caseStudyCard(portfolio, portfolio.caseStudies[0]!, "postfolio.test");
    expect(study.subtitle).toContain("a family bakery");
    const everything = JSON.stringify([card, study, portfolioMetadata(portfolio), profilePageJsonLd(portfolio)]);
    expect(everything).not.toContain(SECRET);
  });
});

describe("sitemap and robots", () => {
  it("list public portfolios and their visible case studies only", async () => {
    const open = await portfolioWith("PUBLIC");
    const noCases = await portfolioWith("PUBLIC", ["caseStudies"]);
    const draft = await portfolioWith("DRAFT");
    const unlisted = await portfolioWith("UNLISTED");
    const urls = (await sitemap()).map((entry) => entry.url);
    expect(urls).toContain(`http://localhost:3000/${open.handle}`);
    expect(urls).toContain(`http://localhost:3000/${open.handle}/case-studies/${open.study.slug}`);
    expect(urls).toContain(`http://localhost:3000/${noCases.handle}`);
    expect(urls.some((url) => url.includes(noCases.study.slug))).toBe(false);
    for (const hidden of [draft, unlisted]) expect(urls.some((url) => url.includes(`/${hidden.handle}`))).toBe(false);
  });

  it("robots point at the sitemap and keep private screens out", () => {
    const rules = robots();
    expect(rules.sitemap).toBe("http://localhost:3000/sitemap.xml");
    expect(JSON.stringify(rules.rules)).toContain("/dashboard");
  });
});
