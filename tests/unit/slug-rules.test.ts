import { describe, expect, it } from "vitest";
import { anonymousSlug, isValidSlug, nextFreeSlug, publicSlugs, slugify, slugOrFallback, SLUG_MAX_LENGTH } from "@/lib/case-studies/slug";
import { nameMatcher } from "@/lib/confidential/names";
import { slugSchema } from "@/lib/case-studies/schema";
import { itReturns } from "../support/examples";

describe("slugify", () => {
  itReturns("lowercases and joins words with single hyphens", slugify, [
    ["Spring Menu Launch", "spring-menu-launch"],
    ["  From scroll -- to   store!  ", "from-scroll-to-store"],
  ]);

  itReturns("transliterates accents and special letters", slugify, [
    ["Café Crème brûlée", "cafe-creme-brulee"],
    ["Straße & Søren Łódź", "strasse-and-soren-lodz"],
    ["Rīgas Ķepas", "rigas-kepas"],
  ]);

  itReturns("keeps digits and drops punctuation and emoji", slugify, [
    ["2× reach in Q1 2026 🚀", "2-reach-in-q1-2026"],
    ["Adoptions: 18 → 31", "adoptions-18-31"],
  ]);

  it("is never longer than 80 characters and prefers to cut at a word", () => {
    const long = "a very long case study title about ".repeat(6);
    const slug = slugify(long);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.endsWith("-")).toBe(false);
    expect(long.toLowerCase().replace(/ /g, "-").startsWith(slug)).toBe(true);
    expect(slugify("x".repeat(200))).toBe("x".repeat(80));
  });

  it("is empty when nothing usable is left, and the fallback is never empty", () => {
    expect(slugify("🚀🔥 !!!")).toBe("");
    expect(slugOrFallback("🚀🔥 !!!")).toBe("case-study");
    expect(slugOrFallback("Hello")).toBe("hello");
  });

  it("always produces a slug the schema accepts", () => {
    for (const title of ["Café Launch", "  --A--B--  ", "Ωmega 3", "x".repeat(300), "ß"]) {
      const slug = slugOrFallback(title);
      expect(isValidSlug(slug), slug).toBe(true);
      expect(slugSchema.safeParse(slug).success, slug).toBe(true);
    }
  });
});

describe("slug validation", () => {
  it("rejects uppercase, spaces, leading/trailing or double hyphens, and empty", () => {
    for (const bad of ["Spring", "spring menu", "-spring", "spring-", "spring--menu", "", "a".repeat(81), "café"]) {
      expect(isValidSlug(bad), bad).toBe(false);
    }
    expect(slugSchema.safeParse("").error?.issues[0]?.message).toBe("required");
    expect(slugSchema.safeParse("Bad Slug").error?.issues[0]?.message).toBe("slugFormat");
  });
});

describe("nextFreeSlug", () => {
  it("returns the slug itself when it is free", () => {
    expect(nextFreeSlug("launch", ["other"])).toBe("launch");
  });

  it.each([
    ["launch", ["launch"], "launch-2"],
    ["launch", ["launch", "launch-2", "launch-3"], "launch-4"],
    ["launch-2", ["launch", "launch-2"], "launch-3"],
  ])("suggests -2, then counts up: %s taken by %j → %s", (slug, taken, next) => {
    expect(nextFreeSlug(slug, taken)).toBe(next);
  });

  it("does not treat a year as a counter", () => {
    expect(nextFreeSlug("q1-2026", ["q1-2026"])).toBe("q1-2026-2");
  });

  it("stays within 80 characters", () => {
    const slug = "a".repeat(80);
    const next = nextFreeSlug(slug, [slug]);
    expect(next).toHaveLength(80);
    expect(next.endsWith("-2")).toBe(true);
  });
});

describe("slugs and confidential clients", () => {
  const matcher = nameMatcher([{ name: "Zyxcorp Holdings", label: "A retail brand" }]);

  it("are suggested from the anonymized title", () => {
    expect(anonymousSlug("Zyxcorp Holdings relaunch", matcher)).toBe("a-retail-brand-relaunch");
    // A distinctive part of the name is dropped from the suggestion, a generic one is kept.
    expect(anonymousSlug("Zyxcorp relaunch", matcher)).toBe("relaunch");
    expect(anonymousSlug("Holdings relaunch", matcher)).toBe("holdings-relaunch");
    expect(anonymousSlug("Zyxcorp", matcher)).toBe("case-study");
    expect(anonymousSlug("Zyxcorp Holdings relaunch", nameMatcher([{ name: "Zyxcorp Holdings", label: "" }]))).toBe("relaunch");
    // Without confidential names it is the ordinary suggestion.
    expect(anonymousSlug("Café Launch: 2× Reach!", nameMatcher([]))).toBe(slugOrFallback("Café Launch: 2× Reach!"));
  });

  it("publicSlugs keeps safe slugs and replaces the ones that name a client, unique within the portfolio", () => {
    const studies = [
      { slug: "a-retail-brand-relaunch", title: "Already safe" },
      { slug: "zyxcorp-holdings-relaunch", title: "Zyxcorp Holdings relaunch" },
      { slug: "zyxcorp-relaunch", title: "Zyxcorp Holdings relaunch" },
      { slug: "spring-launch", title: "Spring launch" },
    ];
    expect(publicSlugs(studies, matcher)).toEqual(["a-retail-brand-relaunch", "a-retail-brand-relaunch-2", "a-retail-brand-relaunch-3", "spring-launch"]);
    expect(publicSlugs(studies, nameMatcher([]))).toEqual(studies.map((study) => study.slug));
  });
});
