import { describe, expect, it } from "vitest";
import { upsertCertificationSchema } from "@/lib/credentials/schema";
import { profileLinkSchema } from "@/lib/portfolio/schema";
import { httpUrl, optionalHttpUrl, withWebScheme } from "@/lib/validation";

// Issue #15: web addresses typed without "https://" get it, in the one zod
// helper every URL field (form and server) uses; other schemes stay refused.

function parse(value: string) {
  const result = httpUrl.safeParse(value);
  return result.success ? result.data : result.error.issues.map((issue) => issue.message).join(",");
}

describe("httpUrl: addresses without a scheme", () => {
  it("adds https:// to an address typed without one", () => {
    expect(parse("example.com/x")).toBe("https://example.com/x");
    expect(parse("  www.instagram.com/laura.ozola  ")).toBe("https://www.instagram.com/laura.ozola");
    expect(parse("//example.com/x")).toBe("https://example.com/x");
    expect(parse("example.com:8080/x")).toBe("https://example.com:8080/x");
    expect(parse("linkedin.com/in/janis?x=1#top")).toBe("https://linkedin.com/in/janis?x=1#top");
  });

  it("keeps http:// and https:// addresses as typed", () => {
    expect(parse("http://example.com/x")).toBe("http://example.com/x");
    expect(parse("HTTPS://example.com")).toBe("HTTPS://example.com");
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

  it("withWebScheme leaves empty and schemed values alone", () => {
    expect(withWebScheme("")).toBe("");
    expect(withWebScheme("javascript:alert(1)")).toBe("javascript:alert(1)");
    expect(withWebScheme("example.com")).toBe("https://example.com");
  });
});
