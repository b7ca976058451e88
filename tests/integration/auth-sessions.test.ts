import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

import { findSessionUser } from "@/lib/auth/data";
import { deviceCookieName, deviceCookieValue, knownDeviceUser } from "@/lib/auth/device";
import { endSession, signOutEverywhere } from "@/lib/auth/mutations";
import { SESSION_ABSOLUTE_MAX_AGE } from "@/lib/auth/session-policy";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/seed/factories";

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** What a signed-in browser's JWT carries (lib/auth/options.ts, jwt callback). */
async function signedIn() {
  const user = await createUser(db());
  const fresh = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
  const session = () => ({ id: user.id, uid: user.id, sv: fresh.sessionVersion, sid: randomUUID(), auth: nowSeconds() });
  return { user, session };
}

describe("sessions end server-side", () => {
  it("signing out refuses that session's token from then on (a copied cookie), and no other session", async () => {
    const { user, session } = await signedIn();
    const laptop = session();
    const phone = session();
    expect(await findSessionUser(laptop)).toMatchObject({ id: user.id });

    await endSession(laptop);
    expect(await findSessionUser(laptop)).toBeNull();
    expect(await findSessionUser(phone)).toMatchObject({ id: user.id });
    // Signing out twice (two tabs) is fine.
    await expect(endSession(laptop)).resolves.toBeUndefined();
  });

  it("keeps a revocation until the session could not be valid anyway, then sweeps it", async () => {
    const { session } = await signedIn();
    const laptop = session();
    await endSession(laptop);
    const row = await db().revokedSession.findUniqueOrThrow({ where: { id: laptop.sid } });
    expect(row.expiresAt.getTime()).toBe((laptop.auth + SESSION_ABSOLUTE_MAX_AGE) * 1000);
    await endSession(session(), new Date(row.expiresAt.getTime() + 1000));
    expect(await db().revokedSession.findUnique({ where: { id: laptop.sid } })).toBeNull();
  });

  it("'sign out everywhere' ends every session of the account and no one else's", async () => {
    const { user, session } = await signedIn();
    const other = await signedIn();
    const [laptop, phone, stranger] = [session(), session(), other.session()];
    await signOutEverywhere(user.id);
    expect(await findSessionUser(laptop)).toBeNull();
    expect(await findSessionUser(phone)).toBeNull();
    expect(await findSessionUser(stranger)).toMatchObject({ id: other.user.id });
    // A new sign-in carries the new version.
    const { sessionVersion } = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await findSessionUser({ ...session(), sv: sessionVersion })).toMatchObject({ id: user.id });
  });

  it("refuses tokens without a session id or sign-in time, and sessions signed in more than 30 days ago however often renewed", async () => {
    const { session } = await signedIn();
    const noSid = { ...session(), sid: undefined };
    const noAuth = { ...session(), auth: undefined };
    expect(await findSessionUser(noSid)).toBeNull();
    expect(await findSessionUser(noAuth)).toBeNull();
    const old = { ...session(), auth: nowSeconds() - SESSION_ABSOLUTE_MAX_AGE - 1 };
    expect(await findSessionUser(old)).toBeNull();
    const recent = { ...session(), auth: nowSeconds() - SESSION_ABSOLUTE_MAX_AGE + 3600 };
    expect(await findSessionUser(recent)).not.toBeNull();
  });

  it("signing out a deleted account's session does nothing", async () => {
    const { user, session } = await signedIn();
    const laptop = session();
    await db().user.delete({ where: { id: user.id } });
    await expect(endSession(laptop)).resolves.toBeUndefined();
    expect(await db().revokedSession.count({ where: { id: laptop.sid } })).toBe(0);
  });
});

describe("known-device cookie", () => {
  it("vouches for the user it was issued to, and for no one once tampered with", () => {
    const value = deviceCookieValue("user-1");
    const header = (v: string) => `other=1; ${deviceCookieName()}=${encodeURIComponent(v)}; last=2`;
    expect(knownDeviceUser(header(value))).toBe("user-1");
    const [device, , mac] = value.split(".");
    expect(knownDeviceUser(header(`${device}.user-2.${mac}`))).toBeNull();
    expect(knownDeviceUser(header(`${device}.user-1.${mac}x`))).toBeNull();
    expect(knownDeviceUser(header("garbage"))).toBeNull();
    expect(knownDeviceUser(undefined)).toBeNull();
  });
});
