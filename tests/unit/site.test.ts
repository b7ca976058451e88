import { afterEach, describe, expect, it, vi } from "vitest";
import { absoluteUrl, configuredOrigin, originFromHeaders, originOf, siteHost, siteOrigin, siteUrl } from "@/lib/site";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("lib/site: one origin helper", () => {
  it("takes the origin of an absolute URL and nothing from an empty or malformed one", () => {
    expect(originOf("https://postfolio.example/some/path?x=1")).toBe("https://postfolio.example");
    expect(originOf("http://localhost:3310/")).toBe("http://localhost:3310");
    expect(originOf("")).toBeNull();
    expect(originOf("   ")).toBeNull();
    expect(originOf(undefined)).toBeNull();
    expect(originOf("not a url")).toBeNull();
  });

  it("uses NEXTAUTH_URL's origin everywhere when it is set", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://postfolio.example/");
    vi.stubEnv("PORT", "4000");
    expect(configuredOrigin()).toBe("https://postfolio.example");
    expect(siteOrigin()).toBe("https://postfolio.example");
    expect(siteUrl().href).toBe("https://postfolio.example/");
    expect(siteHost()).toBe("postfolio.example");
    expect(absoluteUrl("/jane")).toBe("https://postfolio.example/jane");
    expect(absoluteUrl("https://elsewhere.example/x")).toBe("https://elsewhere.example/x");
  });

  it("falls back to this server on localhost and its port when none is configured", () => {
    vi.stubEnv("NEXTAUTH_URL", "");
    vi.stubEnv("PORT", "4000");
    expect(configuredOrigin()).toBeNull();
    expect(siteOrigin()).toBe("http://localhost:4000");
    vi.stubEnv("PORT", "");
    expect(siteHost()).toBe("localhost:3000");
    vi.stubEnv("NEXTAUTH_URL", "::malformed::");
    expect(siteOrigin()).toBe("http://localhost:3000");
  });

  it("reads a request's origin from its forwarded or own Host header", () => {
    expect(originFromHeaders(new Headers({ host: "localhost:3310" }))).toBe("http://localhost:3310");
    expect(originFromHeaders(new Headers({ host: "postfolio.example" }))).toBe("https://postfolio.example");
    expect(originFromHeaders(new Headers({ host: "10.0.0.2:3000", "x-forwarded-host": "postfolio.example", "x-forwarded-proto": "https" }))).toBe(
      "https://postfolio.example",
    );
    expect(originFromHeaders(new Headers())).toBe("http://localhost:3000");
  });
});
