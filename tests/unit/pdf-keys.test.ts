import { describe, expect, it } from "vitest";
import { pdfCacheKey, pdfFilename, sessionCookieHeader } from "@/lib/pdf/keys";
import type { PublicPortfolio } from "@/lib/public/types";
import { itReturns } from "../support/examples";

const portfolio = { handle: "alex", displayName: "Alex Rivera", campaigns: [] } as unknown as PublicPortfolio;

describe("pdfFilename", () => {
  it("names the file after the handle", () => {
    expect(pdfFilename("alex-rivera")).toBe("alex-rivera-portfolio.pdf");
  });

  itReturns("keeps only characters that are safe in a Content-Disposition header", pdfFilename, [
    ['Al"ex\r\nSet-Cookie: x', "al-ex-set-cookie-x-portfolio.pdf"],
    ["José/../../etc", "jose-etc-portfolio.pdf"],
  ]);

  it.each(["", "日本"])("falls back to a generic name when nothing usable is left: %j", (handle) => {
    expect(pdfFilename(handle)).toBe("portfolio.pdf");
  });
});

describe("pdfCacheKey", () => {
  const base = { portfolio, path: "/alex", today: "2026-05-01" };

  it("is stable for the same view", () => {
    expect(pdfCacheKey(base)).toBe(pdfCacheKey({ ...base, portfolio: structuredClone(portfolio) }));
  });

  it("changes when anything visible, the printed page or the day changes", () => {
    const key = pdfCacheKey(base);
    expect(pdfCacheKey({ ...base, portfolio: { ...portfolio, displayName: "Alex R." } })).not.toBe(key);
    expect(pdfCacheKey({ ...base, path: "/s/abc" })).not.toBe(key);
    expect(pdfCacheKey({ ...base, today: "2026-05-02" })).not.toBe(key);
  });

  it("is safe inside a quoted ETag", () => {
    expect(pdfCacheKey(base)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe("sessionCookieHeader", () => {
  it("forwards only the session cookies, chunks included", () => {
    const header = sessionCookieHeader([
      { name: "next-auth.csrf-token", value: "csrf" },
      { name: "__Secure-next-auth.session-token.0", value: "a" },
      { name: "__Secure-next-auth.session-token.1", value: "b" },
      { name: "analytics", value: "x" },
    ]);
    expect(header).toBe("__Secure-next-auth.session-token.0=a; __Secure-next-auth.session-token.1=b");
    expect(sessionCookieHeader([{ name: "next-auth.session-token", value: "jwt" }])).toBe("next-auth.session-token=jwt");
  });

  it("is undefined without a session", () => {
    expect(sessionCookieHeader([{ name: "next-auth.callback-url", value: "/" }])).toBeUndefined();
  });
});
