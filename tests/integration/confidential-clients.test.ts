import { describe, expect, it, vi } from "vitest";

// The case-study page is a route handler (plain HTML) reading messages through next-intl's request config, which only Next sets up.
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));

import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { saveCaseStudy } from "@/lib/case-studies/mutations";
import { upsertCaseStudySchema, type UpsertCaseStudyInput } from "@/lib/case-studies/schema";
import { listNameWarnings } from "@/lib/confidential/data";
import { getPublicCaseStudy, getPublicPortfolio } from "@/lib/public/data";
import { caseStudyCard } from "@/lib/seo/card";
import { caseStudyMetadata } from "@/lib/seo/metadata";
import { createCampaign, createCaseStudy, createUser } from "@/lib/seed/factories";
import { GET as caseStudyImage } from "@/app/[handle]/case-studies/[slug]/og.png/route";
import { GET as publicCaseStudyRoute } from "@/app/[handle]/case-studies/[slug]/route";
import { GET as sharedCaseStudyRoute } from "@/app/s/[token]/case-studies/[slug]/route";
import { createShareLink } from "@/lib/sharing/mutations";
import sitemap from "@/app/sitemap";
import { caseStudyForm } from "@/tests/support/forms";

// Issue #13, section 1: a confidential client ("our NDA promise") must not leak
// through case-study URLs or through spellings of its name that differ from
// the one the owner typed.

const CLIENT = "Zyxcorp Holdings";
const LABEL = "A retail brand";
const leaks = /zyxcorp/i;

async function publicPortfolio() {
  const user = await createUser(db());
  const portfolio = await db().portfolio.update({ where: { userId: user.id }, data: { displayName: "Jamie Park", visibility: "PUBLIC" } });
  return { user, portfolio, handle: user.handle };
}

function input(overrides: Partial<UpsertCaseStudyInput> = {}) {
  return upsertCaseStudySchema.parse(
    caseStudyForm({ title: `${CLIENT} relaunch`, slug: "retail-relaunch", client: CLIENT, confidential: true, anonymizedLabel: LABEL, ...overrides }),
  );
}

/** What the page's route handler answers for a slug: "rendered", or its status (and Location for a redirect). */
async function route(handle: string, slug: string): Promise<string> {
  const response = await publicCaseStudyRoute(new Request(`http://localhost/${handle}/case-studies/${slug}`), { params: Promise.resolve({ handle, slug }) });
  if (response.status === 200) return "rendered";
  return `${response.status} ${response.headers.get("location") ?? ""}`.trim();
}

async function validationOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError && error.code === "VALIDATION") return (error.fieldErrors ?? {}) as Record<string, string[]>;
    throw error;
  }
  throw new Error("expected a VALIDATION error");
}

describe("a case study whose slug names a confidential client (saved before slugs were checked)", () => {
  it("is published under a slug made from the anonymized title: page, sitemap, canonical, og:url, og:image and the card", async () => {
    const { portfolio, handle } = await publicPortfolio();
    await createCaseStudy(db(), portfolio.id, {
      title: `${CLIENT} relaunch`,
      slug: "zyxcorp-holdings-relaunch",
      client: CLIENT,
      confidential: true,
      anonymizedLabel: LABEL,
      challenge: "Grow #ZyxcorpHoldings, zyxcorp-holdings.com and @zyxcorp_holdings; ZYXCORP HOLDINGS said yes.",
    });

    const view = (await getPublicPortfolio(handle))!;
    expect(JSON.stringify(view)).not.toMatch(leaks);
    expect(view.caseStudies[0]).toMatchObject({ title: `${LABEL} relaunch`, slug: "a-retail-brand-relaunch" });

    expect(await getPublicCaseStudy(handle, "zyxcorp-holdings-relaunch")).toBeNull();
    expect(await route(handle, "zyxcorp-holdings-relaunch")).toContain("404");
    expect(
      (
        await caseStudyImage(new Request(`http://localhost:3000/${handle}/case-studies/zyxcorp-holdings-relaunch/og.png`), {
          params: Promise.resolve({ handle, slug: "zyxcorp-holdings-relaunch" }),
        })
      ).status,
    ).toBe(404);

    const found = (await getPublicCaseStudy(handle, "a-retail-brand-relaunch"))!;
    expect(found).not.toBeNull();
    const metadata = caseStudyMetadata(found.portfolio, found.study);
    expect(metadata.alternates?.canonical).toBe(`/${handle}/case-studies/a-retail-brand-relaunch`);
    expect(JSON.stringify(metadata)).not.toMatch(leaks);
    const card = caseStudyCard(found.portfolio, found.study, "postfolio.test");
    expect(card.footer).toBe(`postfolio.test/${handle}/case-studies/a-retail-brand-relaunch`);
    expect(JSON.stringify(card)).not.toMatch(leaks);

    const urls = (await sitemap()).map((entry) => entry.url).filter((url) => url.includes(`/${handle}`));
    expect(urls).toContain(`http://localhost:3000/${handle}/case-studies/a-retail-brand-relaunch`);
    expect(urls.join(" ")).not.toMatch(leaks);
  });

  it("is also caught when only another item marks the client confidential, and when the name is short", async () => {
    const { portfolio, handle } = await publicPortfolio();
    await createCampaign(db(), portfolio.id, {
      title: "HP spring push",
      client: "HP",
      confidential: true,
      anonymizedLabel: "a tech company",
      summary: "Ran #HP and hp.com posts; php stayed.",
    });
    await createCaseStudy(db(), portfolio.id, { title: "Zyxcorp recap", slug: "zyxcorp-recap", client: "", confidential: false });
    await createCampaign(db(), portfolio.id, { title: "Quiet one", client: CLIENT, confidential: true, anonymizedLabel: LABEL });

    const view = (await getPublicPortfolio(handle))!;
    expect(view.caseStudies[0]!.slug).toBe("recap");
    expect(view.campaigns[0]).toMatchObject({ title: "a tech company spring push", summary: "Ran #a tech company and a tech company.com posts; php stayed." });
    expect((await sitemap()).map((entry) => entry.url).join(" ")).not.toMatch(/zyxcorp-recap/);
  });
});

describe("saving a case study", () => {
  it("refuses a slug that names a confidential client, whole or in part, and suggests one from the anonymized title", async () => {
    const { user } = await publicPortfolio();
    for (const slug of ["zyxcorp-holdings-relaunch", "zyxcorp-relaunch", "zyxcorpholdings"]) {
      expect(await validationOf(saveCaseStudy(user.id, input({ slug })))).toEqual({ slug: ["slugConfidential"], slugSuggestion: ["a-retail-brand-relaunch"] });
    }
    expect(await db().caseStudy.count({ where: { portfolio: { userId: user.id } } })).toBe(0);
    await expect(saveCaseStudy(user.id, input({ slug: "a-retail-brand-relaunch" }))).resolves.toMatchObject({ slug: "a-retail-brand-relaunch" });
  });

  it("refuses a slug naming a client that another item keeps confidential", async () => {
    const { user, portfolio } = await publicPortfolio();
    await createCampaign(db(), portfolio.id, { client: CLIENT, confidential: true, anonymizedLabel: LABEL, hidden: true });
    const errors = await validationOf(
      saveCaseStudy(user.id, input({ client: "", confidential: false, anonymizedLabel: "", slug: "zyxcorp-holdings-recap", title: "Zyxcorp Holdings recap" })),
    );
    expect(errors).toEqual({ slug: ["slugConfidential"], slugSuggestion: ["a-retail-brand-recap"] });
  });
});

describe("renamed slugs", () => {
  it("redirect (308) to the current slug, except an old slug that names a confidential client (404)", async () => {
    const { user, portfolio, handle } = await publicPortfolio();
    const { id } = await saveCaseStudy(user.id, input({ slug: "spring-relaunch" }));
    await saveCaseStudy(user.id, input({ id, slug: "retail-relaunch" }));
    expect(await route(handle, "retail-relaunch")).toBe("rendered");
    const redirect = await route(handle, "spring-relaunch");
    expect(redirect).toContain(`/${handle}/case-studies/retail-relaunch`);
    expect(redirect).toContain("308");

    // A slug from before slugs were checked, renamed since: no redirect, so the request confirms nothing.
    await db().caseStudySlug.create({ data: { portfolioId: portfolio.id, caseStudyId: id, slug: "zyxcorp-holdings-relaunch" } });
    expect(await route(handle, "zyxcorp-holdings-relaunch")).toContain("404");

    // A slug taken again by a live case study is that study's, not an old one.
    await saveCaseStudy(user.id, input({ slug: "spring-relaunch", title: "Another one" }));
    expect(await route(handle, "spring-relaunch")).toBe("rendered");
  });
});

describe("renamed slugs under a share link", () => {
  it("redirect (308) within the same link, and an old slug naming a confidential client is 404 there too", async () => {
    const { user, portfolio } = await publicPortfolio();
    await db().portfolio.update({ where: { id: portfolio.id }, data: { visibility: "UNLISTED" } });
    const { id } = await saveCaseStudy(user.id, input({ slug: "spring-relaunch" }));
    await saveCaseStudy(user.id, input({ id, slug: "retail-relaunch" }));
    await db().caseStudySlug.create({ data: { portfolioId: portfolio.id, caseStudyId: id, slug: "zyxcorp-holdings-relaunch" } });
    const link = await createShareLink(user.id, {
      recipientName: "Jane",
      company: "Acme",
      note: "",
      expiresAt: null,
      sections: ["caseStudies"],
      anonymizeAll: false,
    });
    const shared = async (slug: string) => {
      const response = await sharedCaseStudyRoute(new Request(`http://localhost/s/${link.token}/case-studies/${slug}`), {
        params: Promise.resolve({ token: link.token, slug }),
      });
      return `${response.status} ${response.headers.get("location") ?? ""}`.trim();
    };
    expect(await shared("retail-relaunch")).toBe("200");
    expect(await shared("spring-relaunch")).toBe(`308 /s/${link.token}/case-studies/retail-relaunch`);
    expect(await shared("zyxcorp-holdings-relaunch")).toBe("404");
  });
});

describe("the editor's warning", () => {
  it("lists where a confidential name, or a distinctive part of it, still appears in free text", async () => {
    const { user, portfolio } = await publicPortfolio();
    await db().portfolio.update({ where: { id: portfolio.id }, data: { bio: "Ex-Zyxcorp social lead." } });
    await createCaseStudy(db(), portfolio.id, {
      title: "Retail relaunch",
      slug: "retail-relaunch",
      client: CLIENT,
      confidential: true,
      anonymizedLabel: LABEL,
      results: "#ZyxcorpHoldings trended.",
    });
    const warnings = await listNameWarnings(user.id);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: CLIENT, part: "Zyxcorp", section: "profile", field: "bio" }),
        expect.objectContaining({ name: CLIENT, part: null, section: "caseStudies", item: "Retail relaunch", field: "results" }),
      ]),
    );
    expect(warnings).toHaveLength(2);
  });
});
