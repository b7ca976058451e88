import { describe, expect, it } from "vitest";
import { upsertCertificationSchema } from "@/lib/credentials/schema";
import { profileLinkSchema } from "@/lib/portfolio/schema";
import { httpUrl, optionalHttpUrl, withWebScheme } from "@/lib/validation";
import { itReturns } from "../support/examples";

// Issue #15: web addresses typed without "https://" get it, in the one zod
// helper every URL field (form and server) uses; other schemes stay refused.

function parse(value: string) {
  const result = httpUrl.safeParse(value);
  return result.success ? result.data : result.error.issues.map((issue) => issue.message).join(",");
}

describe("httpUrl: addresses without a scheme", () => {
  itReturns("adds https:// to an address typed without one", parse, [
    ["example.com/x", "https://example.com/x"],
    ["  www.instagram.com/laura.ozola  ", "https://www.instagram.com/laura.ozola"],
    ["//example.com/x", "https://example.com/x"],
    ["example.com:8080/x", "https://example.com:8080/x"],
    ["linkedin.com/in/janis?x=1#top", "https://linkedin.com/in/janis?x=1#top"],
  ]);

  it.each(["http://example.com/x", "HTTPS://example.com"])("keeps http:// and https:// addresses as typed: %s", (typed) => {
    expect(parse(typed)).toBe(typed);
  });

  it("still refuses other schemes, words and spaces", () => {
    for (const value of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "data:text/html,<b>x</b>",
      "mailto:a@example.com",
      "ftp://example.com",
      "vbscript:x",
      "not a link",
      "hello",
      "/relative/path",
      "example.com/\u0000",
    ]) {
      expect(parse(value), value).toBe("url");
    }
  });

  it("is what the profile, website and certification fields save", () => {
    expect(profileLinkSchema.parse({ platform: "INSTAGRAM", url: "instagram.com/laura" }).url).toBe("https://instagram.com/laura");
    expect(optionalHttpUrl.parse("laura-ozola.lv")).toBe("https://laura-ozola.lv");
    expect(optionalHttpUrl.parse("")).toBeNull();
    const certification = upsertCertificationSchema.parse({
      name: "Meta Blueprint",
      issuer: "",
      issuedAt: "",
      expiresAt: "",
      credentialId: "",
      verifyUrl: "www.credly.com/badges/1",
    });
    expect(certification.verifyUrl).toBe("https://www.credly.com/badges/1");
  });

  itReturns("withWebScheme leaves empty and schemed values alone", withWebScheme, [
    ["", ""],
    ["javascript:alert(1)", "javascript:alert(1)"],
    ["example.com", "https://example.com"],
  ]);
});
