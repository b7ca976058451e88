import { createHash } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
// @ts-expect-error -- Next's compiled copy ships no types; it is the matcher Next itself applies to `source`
import { pathToRegexp as untypedPathToRegexp } from "next/dist/compiled/path-to-regexp";
import { config, proxy } from "@/proxy";
import { BEACON_SCRIPT_CSP_SOURCE } from "@/lib/analytics/beacon-script";
import { OWNER_CHECK_SCRIPT, OWNER_CHECK_SCRIPT_CSP_SOURCE } from "@/lib/public/owner-check-script";
import { appPagePolicy, editorPolicy, isEditorPath, isForeignOrigin, readingPagePolicy, securityHeaderRules } from "@/lib/security/headers";

const pathToRegexp = untypedPathToRegexp as (path: string, keys: unknown[], options: object) => RegExp;

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );
}

function headersFor(path: string, rules = securityHeaderRules(), request: Record<string, string> = {}): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    if (!pathToRegexp(rule.source, [], {}).test(path)) continue;
    if (rule.has?.some((condition) => !(condition.key in request) || (condition.value && !new RegExp(`^${condition.value}$`).test(request[condition.key]!))))
      continue;
    for (const header of rule.headers) result.set(header.key, header.value);
  }
  return result;
}

describe("reading-page policy", () => {
  const csp = directives(readingPagePolicy());

  it("locks everything to our origin and forbids framing, plugins and <base>", () => {
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
  });

  it("runs no script but the view beacon: its hash alone, no 'unsafe-inline', no 'self', in dev too (no client runtime)", () => {
    // The view beacon, and the owner check of the "not available" page (components/public/not-found.tsx): two fixed texts, by hash.
    expect(csp.get("script-src")).toEqual([BEACON_SCRIPT_CSP_SOURCE, OWNER_CHECK_SCRIPT_CSP_SOURCE]);
    expect(OWNER_CHECK_SCRIPT_CSP_SOURCE).toBe(`'sha256-${createHash("sha256").update(OWNER_CHECK_SCRIPT).digest("base64")}'`);
    expect(BEACON_SCRIPT_CSP_SOURCE).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(directives(readingPagePolicy({ dev: true })).get("script-src")).toEqual([BEACON_SCRIPT_CSP_SOURCE, OWNER_CHECK_SCRIPT_CSP_SOURCE]);
  });

  it("upgrades insecure requests only when served over HTTPS", () => {
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
    expect(directives(readingPagePolicy({ https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("App Router page policy (landing page, /preview/print, Next's own 404)", () => {
  it("allows inline scripts (Next's RSC payload) without a hash or nonce, which would switch 'unsafe-inline' off", () => {
    const script = directives(appPagePolicy()).get("script-src")!;
    expect(script).toEqual(["'self'", "'unsafe-inline'"]);
    expect(script.join(" ")).not.toMatch(/'(sha256-|nonce-|unsafe-eval)/);
    expect(directives(appPagePolicy({ dev: true })).get("script-src")).toContain("'unsafe-eval'");
    expect(directives(appPagePolicy()).get("frame-ancestors")).toEqual(["'none'"]);
  });
});

describe("editor policy", () => {
  it("runs only scripts that carry the request's nonce (and what they load)", () => {
    const csp = directives(editorPolicy({ nonce: "abc123" }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
  });
});

describe("header rules (next.config.ts)", () => {
  it("send the reading policy, nosniff, DENY, Referrer-Policy and Permissions-Policy on reading pages", () => {
    const reading = ["/demo", "/Demo", "/demo/case-studies/launch", "/demo/documents/d1", "/demo/contact", "/demo/contact/sent", "/dashboard-fan"];
    const shared = ["/s/tok3n", "/s/tok3n/case-studies/x", "/s/tok3n/documents/d1", "/s/tok3n/contact", "/s/tok3n/contact/sent", "/s/tok3n/gone"];
    for (const path of [...reading, ...shared]) expect(headersFor(path).get("Content-Security-Policy"), path).toBe(readingPagePolicy());
    for (const path of ["/", "/preview/print", "/demo/unknown/page", "/robots.txt", "/s"]) {
      expect(headersFor(path).get("Content-Security-Policy"), path).toBe(appPagePolicy());
    }
    for (const path of [...reading, "/", "/preview/print"]) {
      const headers = headersFor(path);
      expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(headers.get("X-Frame-Options")).toBe("DENY");
      expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
      expect(headers.get("Permissions-Policy")).toContain("camera=()");
    }
  });

  it("keep a share link's token from other sites: same-origin referrers on /s/*", () => {
    expect(headersFor("/s/tok3n").get("Referrer-Policy")).toBe("same-origin");
    expect(headersFor("/s/tok3n/case-studies/x").get("Referrer-Policy")).toBe("same-origin");
    expect(headersFor("/s/tok3n").get("Content-Security-Policy")).toBe(readingPagePolicy());
  });

  it("leave the editor's CSP to proxy.ts and the API's to its routes, but frame them nowhere either", () => {
    for (const path of ["/dashboard", "/dashboard/campaigns/1", "/settings", "/login", "/signup", "/api/media/x/file", "/_next/static/chunk.js"]) {
      const headers = headersFor(path);
      expect(headers.has("Content-Security-Policy"), path).toBe(false);
      expect(headers.get("X-Frame-Options")).toBe("DENY");
      expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    }
  });

  it("send HSTS when the public URL is https, or when a TLS proxy says the request came over HTTPS", () => {
    expect(headersFor("/demo").has("Strict-Transport-Security")).toBe(false);
    expect(headersFor("/demo", securityHeaderRules({ publicUrl: "http://localhost:3000" })).has("Strict-Transport-Security")).toBe(false);
    expect(headersFor("/demo", securityHeaderRules({ publicUrl: "https://postfolio.example" })).get("Strict-Transport-Security")).toMatch(/^max-age=31536000/);
    expect(headersFor("/dashboard", securityHeaderRules(), { "x-forwarded-proto": "https" }).get("Strict-Transport-Security")).toMatch(/^max-age=/);
    expect(headersFor("/dashboard", securityHeaderRules(), { "x-forwarded-proto": "http" }).has("Strict-Transport-Security")).toBe(false);
  });
});

describe("isForeignOrigin", () => {
  it("compares the Origin's host with X-Forwarded-Host, else Host, as Next does", () => {
    expect(isForeignOrigin(new Headers({ host: "app.test", origin: "http://app.test" }))).toBe(false);
    expect(isForeignOrigin(new Headers({ host: "app.test" }))).toBe(false);
    expect(isForeignOrigin(new Headers({ host: "app.test", origin: "https://evil.test" }))).toBe(true);
    expect(isForeignOrigin(new Headers({ host: "app.test", origin: "null" }))).toBe(true);
    expect(isForeignOrigin(new Headers({ host: "app.test", origin: "not a url" }))).toBe(true);
    expect(isForeignOrigin(new Headers({ host: "10.0.0.5:3000", "x-forwarded-host": "postfolio.example, proxy", origin: "https://postfolio.example" }))).toBe(
      false,
    );
    expect(isForeignOrigin(new Headers({ host: "postfolio.example", "x-forwarded-host": "other.example", origin: "https://postfolio.example" }))).toBe(true);
  });

  it("knows the editor's paths", () => {
    expect(["/dashboard", "/dashboard/x", "/settings", "/login", "/signup"].every(isEditorPath)).toBe(true);
    expect(["/", "/demo", "/dashboard-fan", "/login-page", "/s/x"].some(isEditorPath)).toBe(false);
  });
});

describe("proxy", () => {
  afterEach(() => vi.restoreAllMocks());
  const action = (path: string, headers: Record<string, string>) =>
    new NextRequest(`http://app.test${path}`, { method: "POST", headers: { host: "app.test", ...headers }, body: "[]" });

  it("answers a server action from another origin 403, without logging an error", async () => {
    const error = vi.spyOn(console, "error");
    for (const request of [
      action("/demo/contact", { origin: "https://evil.test", "next-action": "7f00" }),
      action("/demo/contact", { origin: "https://evil.test", "content-type": "multipart/form-data; boundary=x" }),
      action("/dashboard/profile", { origin: "https://evil.test", "next-action": "7f00" }),
    ]) {
      const response = await proxy(request);
      expect(response.status).toBe(403);
      expect(response.headers.get("x-middleware-next")).toBeNull();
    }
    expect(error).not.toHaveBeenCalled();
  });

  it("lets the same origin's actions and a foreign plain POST through to Next", async () => {
    expect((await proxy(action("/demo/contact", { origin: "http://app.test", "next-action": "7f00" }))).headers.get("x-middleware-next")).toBe("1");
    expect((await proxy(action("/demo/contact", { origin: "https://evil.test", "content-type": "application/json" }))).headers.get("x-middleware-next")).toBe(
      "1",
    );
  });

  it("gives the editor a fresh nonce in its CSP, on the response and on the request Next renders", async () => {
    const first = await proxy(new NextRequest("http://app.test/login"));
    const second = await proxy(new NextRequest("http://app.test/login"));
    const csp = first.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(second.headers.get("content-security-policy")).not.toBe(csp);
  });

  it("still sends a signed-out visitor of the dashboard to the login page", async () => {
    const response = await proxy(new NextRequest("http://app.test/dashboard/campaigns?x=1"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://app.test/login?next=%2Fdashboard%2Fcampaigns%3Fx%3D1");
  });

  it("matches server actions (and over-limit bodies) on every page but not the API or Next's files", () => {
    const patterns = config.matcher.map((entry) => (typeof entry === "string" ? { source: entry, has: undefined } : entry));
    const actionPatterns = patterns.filter((entry) => entry.has);
    expect(actionPatterns.map((entry) => entry.has![0]!.key).sort()).toEqual(["content-length", "content-type", "next-action"]);
    for (const { source } of actionPatterns) {
      const regex = pathToRegexp(source, [], {});
      expect(["/", "/demo", "/demo/contact", "/s/tok/contact", "/dashboard/profile"].every((path) => regex.test(path))).toBe(true);
      expect(["/api/media", "/_next/static/x.js"].some((path) => regex.test(path))).toBe(false);
    }
  });
});
