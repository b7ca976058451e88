import { createHash } from "node:crypto";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ViewBeacon } from "@/components/analytics/view-beacon";
import { BEACON_SCRIPT, BEACON_SCRIPT_CSP_SOURCE } from "@/lib/analytics/beacon-script";

describe("the view beacon's inline script", () => {
  it("is the same text on every page, so one CSP hash allows it", () => {
    const a = renderToStaticMarkup(createElement(ViewBeacon, { src: "/api/views?h=demo" }));
    const b = renderToStaticMarkup(createElement(ViewBeacon, { src: '/api/views?t=abc&g=case-study:x"<' }));
    const text = (html: string) => /<script[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(text(a)).toBe(BEACON_SCRIPT);
    expect(text(b)).toBe(BEACON_SCRIPT);
    // The URL travels in an escaped attribute, never in the script.
    expect(b).toContain('data-src="/api/views?t=abc&amp;g=case-study:x&quot;&lt;"');
    expect(BEACON_SCRIPT_CSP_SOURCE).toBe(`'sha256-${createHash("sha256").update(BEACON_SCRIPT).digest("base64")}'`);
  });
});
