import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { authenticate, signUp } from "@/lib/auth/mutations";
import { signUpSchema } from "@/lib/auth/schema";
import { authAttemptsRule, hitRateLimit, refundRateLimit, sweepRateLimits } from "@/lib/rate-limit";
import { createUser } from "@/lib/seed/factories";

const minutes = (n: number) => n * 60_000;

describe("rate limit", () => {
  it("allows the limit, blocks the next hit with the time left, and resets after the window", async () => {
    const key = `test:${randomUUID()}`;
    const rule = { limit: 3, windowMs: minutes(15) };
    const start = new Date("2026-03-01T10:00:00Z");
    for (let i = 1; i <= 3; i++) expect(await hitRateLimit(key, rule, start)).toMatchObject({ allowed: true, count: i });
    const blocked = await hitRateLimit(key, rule, new Date(start.getTime() + minutes(3)));
    expect(blocked).toMatchObject({ allowed: false, count: 4, retryAfterSeconds: 12 * 60 });
    expect(blocked.resetAt.toISOString()).toBe("2026-03-01T10:15:00.000Z");
    expect(await hitRateLimit(key, rule, new Date(start.getTime() + minutes(15)))).toMatchObject({ allowed: true, count: 1 });
  });

  it("counts concurrent hits exactly (one atomic upsert each)", async () => {
    const key = `test:${randomUUID()}`;
    const rule = { limit: 100, windowMs: minutes(1) };
    const results = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(key, rule)));
    expect(results.map((result) => result.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("refunds never go below zero and sweeping removes long-expired windows", async () => {
    const key = `test:${randomUUID()}`;
    const long = new Date("2020-01-01T00:00:00Z");
    await hitRateLimit(key, authAttemptsRule, long);
    await refundRateLimit(key);
    await refundRateLimit(key);
    expect((await db().rateLimit.findUniqueOrThrow({ where: { key } })).count).toBe(0);
    expect(await sweepRateLimits(new Date("2026-01-01T00:00:00Z"))).toBeGreaterThanOrEqual(1);
    expect(await db().rateLimit.findUnique({ where: { key } })).toBeNull();
  });

  it("sign-in trips after 10 failed tries per email (even from new IPs) and a success does not count", async () => {
    const user = await createUser(db(), { password: "violet-harbour-57" });
    const now = new Date("2026-03-01T10:00:00Z");
    const ip = () => `192.0.2.${Math.floor(Math.random() * 250)}`;
    // Successes are refunded.
    for (let i = 0; i < 12; i++) {
      expect(await authenticate({ email: user.email, password: "violet-harbour-57", ip: ip(), now })).not.toBeNull();
    }
    for (let i = 0; i < 10; i++) {
      expect(await authenticate({ email: user.email, password: "wrong-password", ip: ip(), now })).toBeNull();
    }
    const error = await authenticate({ email: user.email, password: "violet-harbour-57", ip: ip(), now: new Date(now.getTime() + minutes(3)) }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: 12 * 60 });
    // A new window: the right password works again.
    expect(await authenticate({ email: user.email, password: "violet-harbour-57", ip: ip(), now: new Date(now.getTime() + minutes(15)) })).toMatchObject({
      id: user.id,
    });
  });

  it("strangers failing on purpose from many addresses cannot lock the owner out of a browser the owner signed in from", async () => {
    const user = await createUser(db(), { password: "violet-harbour-57" });
    const other = await createUser(db(), { password: "violet-harbour-58" });
    const now = new Date("2026-03-02T10:00:00Z");
    for (let i = 0; i < 10; i++) {
      expect(await authenticate({ email: user.email, password: "wrong-password", ip: `192.0.2.${i + 1}`, now })).toBeNull();
    }
    const later = new Date(now.getTime() + minutes(1));
    // A new browser waits out the lock (the existing behaviour, for guessers too)…
    await expect(authenticate({ email: user.email, password: "violet-harbour-57", ip: "198.51.100.200", now: later })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    // …another account's device cookie does not help…
    await expect(
      authenticate({ email: user.email, password: "violet-harbour-57", ip: "198.51.100.200", now: later, knownDeviceUserId: other.id }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // …but the owner's own browser signs in with the right password, and still not with a wrong one.
    expect(
      await authenticate({ email: user.email, password: "violet-harbour-57", ip: "198.51.100.200", now: later, knownDeviceUserId: user.id }),
    ).toMatchObject({ id: user.id });
    expect(await authenticate({ email: user.email, password: "wrong-again", ip: "198.51.100.201", now: later, knownDeviceUserId: user.id })).toBeNull();
  });

  it("sign-in trips after 10 failed tries from one IP across different emails", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const now = new Date("2026-04-01T10:00:00Z");
    for (let i = 0; i < 10; i++) {
      expect(await authenticate({ email: `${randomUUID()}@example.test`, password: "whatever-123", ip, now })).toBeNull();
    }
    await expect(authenticate({ email: `${randomUUID()}@example.test`, password: "whatever-123", ip, now })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("sign-up is limited per IP", async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}`;
    const now = new Date("2026-05-01T10:00:00Z");
    const input = () => {
      const id = randomUUID().slice(0, 12);
      return signUpSchema.parse({ name: "N", email: `${id}@example.test`, handle: `h-${id}`, password: "violet-harbour-57" });
    };
    for (let i = 0; i < 10; i++) await signUp(input(), { ip, now });
    await expect(signUp(input(), { ip, now })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(signUp(input(), { ip, now: new Date(now.getTime() + minutes(16)) })).resolves.toMatchObject({ email: expect.any(String) });
  });
});
