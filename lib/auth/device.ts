import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { secureCookiesFor } from "./session-policy";

/**
 * "Known device" cookie: set when a password sign-in succeeds, it lets that
 * browser's correct password through an account's per-email lock (see
 * authenticate()), so strangers failing on purpose cannot lock the owner out
 * of the browsers they already use. Value: `<device id>.<user id>.<HMAC>` under
 * the auth secret; it grants nothing else (the password is still needed).
 */
export const DEVICE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

export function deviceCookieName(): string {
  return `${secureCookiesFor(env().NEXTAUTH_URL) ? "__Secure-" : ""}postfolio.device`;
}

function sign(deviceId: string, userId: string): string {
  return createHmac("sha256", env().authSecret ?? "")
    .update(`device:${deviceId}:${userId}`)
    .digest("base64url");
}

/** A fresh cookie value for `userId`'s browser. */
export function deviceCookieValue(userId: string): string {
  const deviceId = randomBytes(12).toString("base64url");
  return `${deviceId}.${userId}.${sign(deviceId, userId)}`;
}

/** The user a device cookie vouches for, or null if absent or forged. Takes a raw Cookie header. */
export function knownDeviceUser(cookieHeader: string | null | undefined): string | null {
  const name = deviceCookieName();
  const raw = cookieHeader
    ?.split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`))
    ?.slice(name.length + 1);
  const [deviceId, userId, mac, ...rest] = decodeURIComponent(raw ?? "").split(".");
  if (!deviceId || !userId || !mac || rest.length) return null;
  const expected = Buffer.from(sign(deviceId, userId));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? userId : null;
}
