import { describe, expect, it } from "vitest";
import { headlineResults, REDACTED, scrubNames, toPublicPortfolio } from "@/lib/public/map";
import { mediaSignature, verifyMediaSignature } from "@/lib/media/signing";
import type { PublicPortfolioRow } from "@/lib/public/select";
import { day, publicPortfolioRow, resultFigure } from "@/tests/support/public-row";

function metric(id: string, kind: string, value: number, baseline: number | null = null) {
  return {
    ...resultFigure(id, kind, value, baseline),
    periodStart: day("2026-03-02"),
    periodEnd: day("2026-05-24"),
    source: "ANALYTICS_EXPORT",
    series: [],
    evidence: null,
  };
}

function row(overrides: Partial<PublicPortfolioRow> = {}): PublicPortfolioRow {
  return publicPortfolioRow({
    displayName: "Alex Rivera",
    headline: "Social media manager",
    location: "Riga",
    profileLinks: [
      { platform: "INSTAGRAM", url: "https://instagram.com/alex" },
      { platform: "NOPE", url: "x" },
    ],
    platforms: ["INSTAGRAM"],
    openToWork: true,
    updatedAt: day("2026-06-01"),
    user: { handle: "alex" },
    campaigns: [
      {
        id: "c1",
        title: "Spring launch for Northwind Coffee Roasters",
        client: "Northwind Coffee Roasters",
        confidential: true,
        anonymizedLabel: "a regional coffee chain",
        workKind: "FREELANCE",
        platforms: ["INSTAGRAM"],
        startDate: day("2026-03-02"),
        endDate: day("2026-05-24"),
        objective: "SALES",
        budget: 1500,
        currency: "EUR",
        summary: "NORTHWIND coffee roasters asked for reels.",
        metrics: [
          metric("m0", "AD_SPEND", 1500),
          metric("m1", "REACH", 182000),
          metric("m2", "FOLLOWERS", 6870, 4120),
          metric("m3", "ENGAGEMENTS", 9830, 3900),
          metric("m4", "CLICKS", 2450),
        ],
      },
      {
        id: "c2",
        title: "Shelter drive",
        client: "Riga Paws",
        confidential: false,
        anonymizedLabel: "",
        workKind: "VOLUNTEER",
        platforms: ["FACEBOOK"],
        startDate: day("2025-10-06"),
        endDate: null,
        objective: "COMMUNITY",
        budget: null,
        currency: "EUR",
        summary: "",
        metrics: [],
      },
    ],
    samples: [
      {
        id: "s1",
        platform: "TIKTOK",
        format: "SHORT_VIDEO",
        title: "Barista hook",
        caption: "Made for Northwind Coffee Roasters",
        hashtags: [],
        postedAt: day("2026-04-01"),
        url: "https://www.tiktok.com/@northwind/video/1",
        campaignId: "c1",
        workKind: "FREELANCE",
        client: "Northwind Coffee Roasters",
        confidential: true,
        anonymizedLabel: "",
        reach: 1000,
        impressions: null,
        likes: 80,
        comments: 20,
        shares: null,
        saves: null,
        views: null,
        clicks: null,
        media: [{ id: "img1", kind: "IMAGE", width: 1080, height: 1080, alt: "Latte art at Northwind Coffee Roasters" }],
      },
    ],
    skills: [{ id: "k1", name: "Canva", category: "TOOL", level: "ADVANCED" }],
    ...overrides,
  });
}

describe("toPublicPortfolio", () => {
  it("shows a confidential client only by its label, and the real name nowhere", () => {
    const view = toPublicPortfolio(row());
    expect(view.campaigns[0]!.client).toEqual({ confidential: true, label: "a regional coffee chain" });
    expect(view.samples[0]!.client).toEqual({ confidential: true, label: null });
    const json = JSON.stringify(view);
    expect(json.toLowerCase()).not.toContain("northwind");
    // Free text mentioning the name gets the label instead.
    expect(view.campaigns[0]!.title).toBe("Spring launch for a regional coffee chain");
    expect(view.campaigns[0]!.summary).toBe("a regional coffee chain asked for reels.");
    expect(view.samples[0]!.media[0]!.alt).toBe("Latte art at a regional coffee chain");
    // A confidential sample does not link to the client's account.
    expect(view.samples[0]!.url).toBeNull();
  });

  it("keeps a named client for ordinary work", () => {
    const view = toPublicPortfolio(row());
    expect(view.campaigns[1]!.client).toEqual({ confidential: false, label: "Riga Paws" });
  });

  it("anonymizes every client for a share link that asks for it", () => {
    const view = toPublicPortfolio(row(), { anonymizeAll: true });
    expect(view.campaigns[1]!.client).toEqual({ confidential: true, label: null });
    expect(JSON.stringify(view)).not.toContain("Riga Paws");
  });

  it("empties hidden sections and keeps the owner's order", () => {
    const view = toPublicPortfolio(row({ sectionOrder: ["skills", "samples"], hiddenSections: ["campaigns"] }));
    expect(view.sections.slice(0, 2)).toEqual(["skills", "samples"]);
    expect(view.sections).not.toContain("campaigns");
    expect(view.campaigns).toEqual([]);
    expect(JSON.stringify(view)).not.toContain("Spring launch");
    expect(view.samples).toHaveLength(1);
  });

  it("narrows to a share link's sections", () => {
    const view = toPublicPortfolio(row(), { onlySections: ["skills"] });
    expect(view.sections).toEqual(["skills"]);
    expect(view.samples).toEqual([]);
  });

  it("computes growth, KPIs and headline results; drops invalid profile links", () => {
    const view = toPublicPortfolio(row());
    const campaign = view.campaigns[0]!;
    expect(campaign.headline.map((m) => m.kind)).toEqual(["FOLLOWERS", "ENGAGEMENTS", "REACH"]);
    expect(campaign.headline[0]!.growth).toBeCloseTo((6870 - 4120) / 4120, 6);
    expect(campaign.figures.map((f) => f.key)).toContain("engagementRate");
    expect(campaign.startDate).toBe("2026-03-02");
    expect(view.samples[0]!.figures.find((f) => f.key === "engagementRate")?.value).toBeCloseTo(0.1, 6);
    expect(view.profileLinks).toEqual([{ platform: "INSTAGRAM", url: "https://instagram.com/alex" }]);
  });
});

describe("headlineResults", () => {
  it("puts results with growth first and never spend", () => {
    const r = (id: string, kind: "REACH" | "AD_SPEND" | "LEADS", growth: number | null) =>
      ({ id, kind, customName: "", value: 1, baseline: null, growth, periodStart: null, periodEnd: null, source: "SELF_REPORTED" }) as const;
    expect(headlineResults([r("a", "AD_SPEND", 1), r("b", "REACH", null), r("c", "LEADS", 0.5)]).map((x) => x.id)).toEqual(["c", "b"]);
  });
});

function caseStudyRow(overrides: Record<string, unknown>) {
  return {
    id: "cs1",
    slug: "zyxcorp-holdings-relaunch",
    slugHistory: [],
    title: "Zyxcorp Holdings relaunch",
    client: "Zyxcorp Holdings",
    confidential: true,
    anonymizedLabel: "A retail brand",
    workKind: "CLIENT",
    currency: "EUR",
    role: "",
    periodStart: null,
    periodEnd: null,
    challenge: "Grow #ZyxcorpHoldings and zyxcorp-holdings.com (handle zyxcorp_holdings).",
    strategy: "",
    execution: "",
    results: "",
    lessons: "",
    cover: null,
    keyResults: [],
    campaigns: [],
    samples: [],
    documents: [],
    ...overrides,
  };
}

describe("confidential clients in case studies (issue #13)", () => {
  it("never publish a slug that names the client: the view carries one made from the anonymized title", () => {
    const view = toPublicPortfolio(row({ caseStudies: [caseStudyRow({})] } as Partial<PublicPortfolioRow>));
    const study = view.caseStudies[0]!;
    expect(study.title).toBe("A retail brand relaunch");
    expect(study.slug).toBe("a-retail-brand-relaunch");
    expect(study.challenge).toBe("Grow #A retail brand and A retail brand.com (handle A retail brand).");
    expect(JSON.stringify(view).toLowerCase()).not.toMatch(/zyxcorp/);
  });

  it("scrub short names as whole words, and a confidential client's name from every item", () => {
    const view = toPublicPortfolio(
      row({
        caseStudies: [caseStudyRow({ client: "HP", anonymizedLabel: "a tech company", title: "HP relaunch", slug: "hp-relaunch", challenge: "php and #HP" })],
      } as Partial<PublicPortfolioRow>),
    );
    expect(view.caseStudies[0]).toMatchObject({ title: "a tech company relaunch", slug: "a-tech-company-relaunch", challenge: "php and #a tech company" });
  });

  it("redirect only from old slugs that name no confidential client", () => {
    const view = toPublicPortfolio(
      row({
        caseStudies: [caseStudyRow({ slug: "retail-relaunch", slugHistory: [{ slug: "spring-relaunch" }, { slug: "zyxcorp-relaunch" }] })],
      } as Partial<PublicPortfolioRow>),
    );
    expect(view.caseStudies[0]!.previousSlugs).toEqual(["spring-relaunch"]);
  });
});

describe("scrubNames", () => {
  it("replaces names in any case but leaves identifiers alone", () => {
    const out = scrubNames({ id: "acme", slug: "acme-launch", text: "ACME and Acme" }, [{ name: "acme", label: REDACTED }]);
    expect(out).toEqual({ id: "acme", slug: "acme-launch", text: `${REDACTED} and ${REDACTED}` });
  });
});

describe("media URLs in the visitor view", () => {
  it("are bare for a PUBLIC portfolio", () => {
    const view = toPublicPortfolio(row());
    expect(view.samples[0]!.media[0]).toMatchObject({ url: "/api/media/img1/display", thumbUrl: "/api/media/img1/thumb" });
  });

  it("carry a signature bound to the share link for an UNLISTED portfolio, so a bare id opens nothing", () => {
    const view = toPublicPortfolio(row({ visibility: "UNLISTED" }), { anonymizeAll: true, shareLinkId: "link1" });
    const image = view.samples[0]!.media[0]!;
    const signature = mediaSignature("img1", "link1");
    expect(image.url).toBe(`/api/media/img1/display?l=link1&k=${signature}`);
    expect(image.thumbUrl).toBe(`/api/media/img1/thumb?l=link1&k=${signature}`);
    // The scrubber leaves URLs alone, whatever the signature's characters.
    const query = new URL(image.url, "http://x").searchParams;
    expect(verifyMediaSignature("img1", query.get("l"), query.get("k"))).toBe(true);
  });

  it("are bare without a share link (the owner's preview: only the signed-in owner can open them)", () => {
    const view = toPublicPortfolio(row({ visibility: "UNLISTED" }));
    expect(view.samples[0]!.media[0]!.url).toBe("/api/media/img1/display");
  });
});

describe("media signatures", () => {
  it("verify only for the item and the share link they were made for", () => {
    const signature = mediaSignature("media-a", "link-1");
    expect(signature).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(verifyMediaSignature("media-a", "link-1", signature)).toBe(true);
    expect(verifyMediaSignature("media-b", "link-1", signature)).toBe(false);
    expect(verifyMediaSignature("media-a", "link-2", signature)).toBe(false);
    expect(verifyMediaSignature("media-a", null, signature)).toBe(false);
    expect(verifyMediaSignature("media-a", "link-1", `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`)).toBe(false);
    expect(verifyMediaSignature("media-a", "link-1", signature.slice(0, 10))).toBe(false);
    expect(verifyMediaSignature("media-a", "link-1", "")).toBe(false);
    expect(verifyMediaSignature("media-a", "link-1", null)).toBe(false);
  });
});
