import { describe, expect, it } from "vitest";
import {
  SESSION_ABSOLUTE_MAX_AGE,
  SESSION_MAX_AGE,
  SESSION_UPDATE_AGE,
  sessionCookieNameFor,
  sessionHardExpiry,
  sessionNeedsRenewal,
} from "@/lib/auth/session-policy";

describe("session policy", () => {
  it("lasts a week, slides once a day, and ends 30 days after sign-in however often renewed", () => {
    expect(SESSION_MAX_AGE).toBe(7 * 86_400);
    expect(SESSION_UPDATE_AGE).toBe(86_400);
    const issued = 1_800_000_000;
    expect(sessionNeedsRenewal(issued, issued + SESSION_UPDATE_AGE - 1)).toBe(false);
    expect(sessionNeedsRenewal(issued, issued + SESSION_UPDATE_AGE)).toBe(true);
    expect(sessionNeedsRenewal(undefined, issued)).toBe(false);
    expect(sessionHardExpiry(issued)).toBe((issued + SESSION_ABSOLUTE_MAX_AGE) * 1000);
    expect(SESSION_ABSOLUTE_MAX_AGE).toBe(30 * 86_400);
  });

  it("names the cookie as next-auth does, __Secure- under https", () => {
    expect(sessionCookieNameFor("http://localhost:3000")).toBe("next-auth.session-token");
    expect(sessionCookieNameFor("https://postfolio.example")).toBe("__Secure-next-auth.session-token");
    expect(sessionCookieNameFor(undefined)).toBe("next-auth.session-token");
  });
});
