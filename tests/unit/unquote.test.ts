import { describe, expect, it } from "vitest";
import { quotable, unquote } from "@/lib/utils";

describe("unquote", () => {
  it("drops one pair of quotes around the whole text, so a message's own quotes are not doubled", () => {
    expect(unquote("“Home for Winter”")).toBe("Home for Winter");
    expect(unquote('"Home for Winter"')).toBe("Home for Winter");
    expect(unquote("„Mājas ziemai“")).toBe("Mājas ziemai");
    expect(unquote("«Zima»")).toBe("Zima");
  });

  it("leaves quotes inside the text, unmatched ones and text without quotes alone", () => {
    expect(unquote("The “Meet the residents” series")).toBe("The “Meet the residents” series");
    expect(unquote("“Guess the new drink” barista reel")).toBe("“Guess the new drink” barista reel");
    expect(unquote("Home for Winter")).toBe("Home for Winter");
    expect(unquote("“")).toBe("“");
    expect(unquote('""')).toBe('""');
  });
});

describe("quotable", () => {
  it("makes a name safe inside a message's own double quotes: no doubled marks (issue #15)", () => {
    expect(quotable("“Guess the new drink” barista reel")).toBe("‘Guess the new drink’ barista reel");
    expect(quotable("“Meet the residents”: Bruno's story")).toBe("‘Meet the residents’: Bruno's story");
    expect(quotable('Founder post: "We stopped doing annual reviews"')).toBe("Founder post: 'We stopped doing annual reviews'");
    expect(quotable("“Home for Winter”")).toBe("Home for Winter");
    expect(quotable("Home for Winter")).toBe("Home for Winter");
  });
});
