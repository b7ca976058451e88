import { describe, expect, it } from "vitest";
import { normalizeHashtags, upsertSampleSchema, type UpsertSampleInput } from "@/lib/samples/schema";
import { messagesByPath } from "@/tests/support/schema-errors";

const valid: UpsertSampleInput = {
  platform: "INSTAGRAM",
  format: "CAROUSEL",
  title: "5 ways to brew at home",
  caption: "",
  hashtags: "",
  postedAt: "",
  url: "",
  campaignId: "",
  workKind: "MOCK",
  client: "",
  confidential: false,
  anonymizedLabel: "",
  mediaIds: [],
};

const errorsOf = (input: UpsertSampleInput) => messagesByPath(upsertSampleSchema, input);

describe("normalizeHashtags", () => {
  it("splits on commas and spaces, strips '#', drops empties and dedupes case-insensitively", () => {
    expect(normalizeHashtags("#Coffee, homebrew  #coffee,,#LatteArt #")).toEqual(["Coffee", "homebrew", "LatteArt"]);
    expect(normalizeHashtags(["##one two", "Two"])).toEqual(["one", "two"]);
    expect(normalizeHashtags("")).toEqual([]);
  });
});

describe("upsertSampleSchema", () => {
  it("turns blanks into nulls and hashtags into a clean list", () => {
    const parsed = upsertSampleSchema.parse({ ...valid, hashtags: "#a b,#A" });
    expect(parsed).toMatchObject({ hashtags: ["a", "b"], postedAt: null, url: null, campaignId: null, reach: null });
  });

  it("accepts only http(s) links to the post", () => {
    expect(errorsOf({ ...valid, url: "javascript:alert(1)" })).toEqual({ url: "url" });
    // Issue #15: an address typed without a scheme gets https:// (it was refused before).
    expect(upsertSampleSchema.parse({ ...valid, url: "instagram.com/p/abc" }).url).toBe("https://instagram.com/p/abc");
    expect(errorsOf({ ...valid, url: "not a link" })).toEqual({ url: "url" });
    expect(errorsOf({ ...valid, url: "ftp://example.com/post" })).toEqual({ url: "url" });
    expect(upsertSampleSchema.parse({ ...valid, url: "https://www.instagram.com/p/abc" }).url).toBe("https://www.instagram.com/p/abc");
  });

  it("reads per-post numbers as typed: 12,500 and 12.5k are 12500", () => {
    const parsed = upsertSampleSchema.parse({ ...valid, reach: "12,500", impressions: "12.5k", likes: 830, saves: "" });
    expect(parsed).toMatchObject({ reach: 12500, impressions: 12500, likes: 830, saves: null });
    expect(errorsOf({ ...valid, likes: "many" })).toEqual({ likes: "number" });
  });

  it("requires the anonymized label when confidential", () => {
    expect(errorsOf({ ...valid, confidential: true })).toEqual({ anonymizedLabel: "anonymizedLabelRequired" });
  });

  it("allows at most 10 images, each once", () => {
    const ids = Array.from({ length: 11 }, (_, i) => `m${i}`);
    expect(errorsOf({ ...valid, mediaIds: ids })).toEqual({ mediaIds: "tooMany" });
    expect(errorsOf({ ...valid, mediaIds: ["a", "a"] })).toEqual({ mediaIds: "duplicateId" });
  });
});
