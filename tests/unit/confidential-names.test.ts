import { describe, expect, it } from "vitest";
import { findNames, nameMatcher, scrubText, slugRevealsName } from "@/lib/confidential/names";

const zyx = nameMatcher([{ name: "Zyxcorp Holdings", label: "A retail brand" }]);
const hp = nameMatcher([{ name: "HP", label: "a tech company" }]);

describe("scrubText: one name in every spelling", () => {
  it.each([
    ["Zyxcorp Holdings relaunch", "A retail brand relaunch"],
    ["ZYXCORP HOLDINGS grew", "A retail brand grew"],
    ["zyxcorp  holdings", "A retail brand"],
    ["Follow #ZyxcorpHoldings now", "Follow #A retail brand now"],
    ["see zyxcorp-holdings.com", "see A retail brand.com"],
    ["handle zyxcorp_holdings", "handle A retail brand"],
    ["zyxcorp.holdings", "A retail brand"],
    ["#ZyxcorpHoldings2024", "#A retail brand2024"],
  ])("%s", (text, expected) => {
    expect(scrubText(text, zyx)).toBe(expected);
  });

  it("leaves ordinary words and the name's generic parts alone", () => {
    expect(scrubText("Holdings and corporate groups", zyx)).toBe("Holdings and corporate groups");
    expect(scrubText("Zyxcorp's team", zyx)).toBe("Zyxcorp's team");
  });

  it("folds accents and special letters like slugs do", () => {
    const cafe = nameMatcher([{ name: "Café Nørd", label: "a café" }]);
    expect(scrubText("CAFE NORD and cafe-nord.lv", cafe)).toBe("a café and a café.lv");
    const strasse = nameMatcher([{ name: "Straße Shop", label: "X" }]);
    expect(scrubText("strasse-shop, STRASSE SHOP", strasse)).toBe("X, X");
  });

  it("matches '&' written as 'and' and the other way round", () => {
    const smith = nameMatcher([{ name: "Smith & Sons", label: "a family firm" }]);
    expect(scrubText("Smith and Sons, smith-and-sons.com, #SmithSons", smith)).toBe("a family firm, a family firm.com, #a family firm");
  });

  it("replaces the longest name first", () => {
    const matcher = nameMatcher([
      { name: "Northwind", label: "a bakery" },
      { name: "Northwind Coffee Roasters", label: "a roaster" },
    ]);
    expect(scrubText("Northwind Coffee Roasters and Northwind", matcher)).toBe("a roaster and a bakery");
  });
});

describe("short names (under three characters) match whole words only", () => {
  it.each([
    ["Worked with HP on it", "Worked with a tech company on it"],
    ["#HP launch", "#a tech company launch"],
    ["hp.com traffic", "a tech company.com traffic"],
    ["(hp) and HP's", "(a tech company) and a tech company's"],
  ])("%s", (text, expected) => {
    expect(scrubText(text, hp)).toBe(expected);
  });

  it("does not touch words that merely contain them", () => {
    expect(scrubText("php, whip, HPE, chpt", hp)).toBe("php, whip, HPE, chpt");
  });

  it("never matches a one-character name", () => {
    expect(nameMatcher([{ name: "A", label: "x" }]).names).toEqual([]);
  });
});

describe("slugRevealsName", () => {
  it.each(["zyxcorp-holdings-relaunch", "zyxcorpholdings", "relaunch-for-zyxcorp-holdings", "zyxcorp-relaunch", "the-zyxcorp-story"])("refuses %s", (slug) => {
    expect(slugRevealsName(slug, zyx)).toBe("Zyxcorp Holdings");
  });

  it.each(["a-retail-brand-relaunch", "holdings-relaunch", "spring-launch", "zyx-relaunch"])("accepts %s", (slug) => {
    expect(slugRevealsName(slug, zyx)).toBeNull();
  });

  it("refuses a short name only as a whole segment", () => {
    expect(slugRevealsName("hp-launch", hp)).toBe("HP");
    expect(slugRevealsName("launch-for-hp", hp)).toBe("HP");
    expect(slugRevealsName("php-launch", hp)).toBeNull();
  });

  it("refuses a single-word name inside a segment", () => {
    const acme = nameMatcher([{ name: "Acme", label: "a client" }]);
    expect(slugRevealsName("acmeville-launch", acme)).toBe("Acme");
  });
});

describe("findNames (the editor's warning)", () => {
  it("reports the whole name, or a distinctive part the public page does not replace", () => {
    expect(findNames("We helped ZyxcorpHoldings grow", zyx)).toEqual([{ name: "Zyxcorp Holdings", part: null }]);
    expect(findNames("Zyxcorp's team loved it", zyx)).toEqual([{ name: "Zyxcorp Holdings", part: "Zyxcorp" }]);
    expect(findNames("Holdings are boring", zyx)).toEqual([]);
    expect(findNames("nothing here", zyx)).toEqual([]);
  });
});
