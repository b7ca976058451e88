import { describe, expect, it } from "vitest";
import { markdownToPlainText } from "@/lib/markdown/plain-text";
import { itReturns } from "../support/examples";

describe("markdownToPlainText", () => {
  itReturns("drops emphasis, links and headings' markup (a card printed 'had **31 dogs**')", markdownToPlainText, [
    ["The shelter had **31 dogs** and _no_ [budget](https://example.org).", "The shelter had 31 dogs and no budget."],
    ["## Challenge\n\nFew adoptions.", "Challenge\nFew adoptions."],
  ]);

  it("keeps each list item and paragraph on its own line", () => {
    expect(markdownToPlainText("- one\n- **two**\n\n1. three")).toBe("one\ntwo\nthree");
  });

  it("shows raw HTML as nothing more than its text and returns empty for blank input", () => {
    expect(markdownToPlainText("<script>alert(1)</script>")).not.toContain("<");
    expect(markdownToPlainText("   ")).toBe("");
  });
});
