import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { SESSION_MAX_AGE, sessionCookieName, secureCookies } from "./options";

/**
 * Re-issues this browser's session cookie with the current session version
 * (after a password change ends every other session). Call from a server action.
 */
export async function reissueSession(user: { id: string; name: string; email: string; sessionVersion: number }): Promise<void> {
  const token = await encode({
    token: { sub: user.id, uid: user.id, sv: user.sessionVersion, name: user.name, email: user.email },
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
