import { describe, expect, it } from "vitest";
import { goneHtml, goneResponse } from "@/lib/sharing/gone-page";
import { expiryInstant, todayIso } from "@/lib/sharing/schema";
import { shareLinkStatus } from "@/lib/sharing/status";

const text = { lang: "en", title: "This link is no longer active", body: "Ask for a new <link>.", home: "Go to Postfolio" };

describe("the inactive-link page", () => {
  it("answers 410, noindex, uncached", async () => {
    const response = goneResponse(text);
    expect(response.status).toBe(410);
    expect(response.headers.get("x-robots-tag")).toContain("noindex");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toContain("This link is no longer active");
  });

  it("escapes its text", () => {
    expect(goneHtml(text)).toContain("Ask for a new &lt;link&gt;.");
  });
});

describe("link status and expiry", () => {
  const now = new Date("2026-05-10T12:00:00Z");
  it("revoked wins, then expiry", () => {
    expect(shareLinkStatus({ revokedAt: null, expiresAt: null }, now)).toBe("active");
    expect(shareLinkStatus({ revokedAt: null, expiresAt: new Date("2026-05-10T12:00:01Z") }, now)).toBe("active");
    expect(shareLinkStatus({ revokedAt: null, expiresAt: new Date("2026-05-10T12:00:00Z") }, now)).toBe("expired");
    expect(shareLinkStatus({ revokedAt: now, expiresAt: new Date("2026-05-01") }, now)).toBe("revoked");
  });

  it("an expiry date lasts through the end of that day", () => {
    expect(expiryInstant("2026-05-10").toISOString()).toBe("2026-05-10T23:59:59.999Z");
    expect(todayIso(now)).toBe("2026-05-10");
  });
});
