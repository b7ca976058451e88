import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/auth/client-ip";

describe("clientIp", () => {
  it("takes the address the trusted proxy saw, not what the client wrote to its left", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" });
    expect(clientIp(headers, 1)).toBe("203.0.113.7");
    expect(clientIp(headers, 2)).toBe("6.6.6.6");
    expect(clientIp(headers, 5)).toBe("6.6.6.6");
  });

  it("reads plain header objects (next-auth's) and falls back to x-real-ip, then 'unknown'", () => {
    expect(clientIp({ "x-forwarded-for": " 198.51.100.4 " }, 1)).toBe("198.51.100.4");
    expect(clientIp({ "x-real-ip": "198.51.100.9" }, 1)).toBe("198.51.100.9");
    expect(clientIp({ "x-forwarded-for": " , " }, 1)).toBe("unknown");
    expect(clientIp({}, 1)).toBe("unknown");
  });
});
