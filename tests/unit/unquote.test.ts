import { describe, expect, it } from "vitest";
import { quotable, unquote } from "@/lib/utils";
import { itReturns } from "../support/examples";

describe("unquote", () => {
  itReturns("drops one pair of quotes around the whole text, so a message's own quotes are not doubled", unquote, [
    ["“Home for Winter”", "Home for Winter"],
    ['"Home for Winter"', "Home for Winter"],
    ["„Mājas ziemai“", "Mājas ziemai"],
    ["«Zima»", "Zima"],
  ]);

  it.each(["The “Meet the residents” series", "“Guess the new drink” barista reel", "Home for Winter", "“", '""'])(
    "leaves quotes inside the text, unmatched ones and text without quotes alone: %s",
    (text) => {
      expect(unquote(text)).toBe(text);
    },
  );
});

describe("quotable", () => {
  itReturns("makes a name safe inside a message's own double quotes: no doubled marks (issue #15)", quotable, [
    ["“Guess the new drink” barista reel", "‘Guess the new drink’ barista reel"],
    ["“Meet the residents”: Bruno's story", "‘Meet the residents’: Bruno's story"],
    ['Founder post: "We stopped doing annual reviews"', "Founder post: 'We stopped doing annual reviews'"],
    ["“Home for Winter”", "Home for Winter"],
    ["Home for Winter", "Home for Winter"],
  ]);
});
