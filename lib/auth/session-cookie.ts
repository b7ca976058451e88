import "server-only";
import { cookies } from "next/headers";
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { SESSION_MAX_AGE, sessionCookieName, secureCookies } from "./options";

/**
 * Re-issues this browser's session cookie with the current session version
 * (after a password change ends every other session). Call from a server action.
 */
export async function reissueSession(user: { id: string; name: string; email: string; sessionVersion: number }): Promise<void> {
  const token = await encode({
    token: { sub: user.id, uid: user.id, sv: user.sessionVersion, sid: randomUUID(), auth: Math.floor(Date.now() / 1000), name: user.name, email: user.email },
    secret: env().authSecret ?? "",
    maxAge: SESSION_MAX_AGE,
  });
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies(),
    maxAge: SESSION_MAX_AGE,
  });
}

/** Deletes this browser's session cookie (after "sign out everywhere" ended the session server-side). */
export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(sessionCookieName());
}
