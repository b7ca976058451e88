import { describe, expect, it } from "vitest";
import { clientIp, trustedForwardedFor } from "@/lib/auth/client-ip";

// scripts/serve.ts writes X-Forwarded-For with trustedForwardedFor(); the rate
// limits read it back with clientIp(). `hops` is TRUSTED_PROXY_HOPS.
const seen = (sent: string | undefined, socket: string, hops: number) => clientIp({ "x-forwarded-for": trustedForwardedFor(sent, socket, hops) }, hops);

describe("client IP with no proxy in front (TRUSTED_PROXY_HOPS=0, the default)", () => {
  it("is the socket's address whatever X-Forwarded-For the client made up", () => {
    for (const madeUp of [undefined, "", "6.6.6.6", "6.6.6.6, 7.7.7.7", "unknown", " , "]) {
      expect(seen(madeUp, "203.0.113.7", 0)).toBe("203.0.113.7");
    }
    expect(trustedForwardedFor("6.6.6.6", "203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("reads IPv4 clients of a dual-stack socket as plain IPv4, and keeps IPv6 as it is", () => {
    expect(seen("6.6.6.6", "::ffff:203.0.113.7", 0)).toBe("203.0.113.7");
    expect(seen(undefined, "2001:db8::1", 0)).toBe("2001:db8::1");
  });
});

describe("client IP behind proxies (TRUSTED_PROXY_HOPS ≥ 1)", () => {
  it("appends the socket's address (the nearest proxy) and takes the entry the first trusted proxy wrote", () => {
    // Client 198.51.100.4 made up 6.6.6.6; nginx (10.0.0.2) appended the client's address.
    expect(trustedForwardedFor("6.6.6.6, 198.51.100.4", "::ffff:10.0.0.2", 1)).toBe("6.6.6.6, 198.51.100.4, 10.0.0.2");
    expect(seen("6.6.6.6, 198.51.100.4", "10.0.0.2", 1)).toBe("198.51.100.4");
    expect(seen("6.6.6.6, 7.7.7.7, 198.51.100.4", "10.0.0.2", 1)).toBe("198.51.100.4");
    // Two proxies: CDN saw the client, nginx saw the CDN.
    expect(seen("6.6.6.6, 198.51.100.4, 192.0.2.10", "10.0.0.2", 2)).toBe("198.51.100.4");
  });

  it("falls back to the leftmost entry when there are fewer entries than hops (a request that skipped the proxy)", () => {
    expect(seen(undefined, "10.0.0.2", 1)).toBe("10.0.0.2");
    expect(clientIp({ "x-forwarded-for": "198.51.100.4, 10.0.0.2" }, 5)).toBe("198.51.100.4");
  });
});

describe("clientIp", () => {
  it("reads Headers and plain header objects (next-auth's), never x-real-ip, and says 'unknown' for nothing", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }), 0)).toBe("203.0.113.7");
    expect(clientIp({ "x-forwarded-for": " 198.51.100.4 " }, 0)).toBe("198.51.100.4");
    expect(clientIp({ "x-real-ip": "198.51.100.9" }, 0)).toBe("unknown");
    expect(clientIp({ "x-forwarded-for": " , " }, 0)).toBe("unknown");
    expect(clientIp({}, 0)).toBe("unknown");
  });
});
