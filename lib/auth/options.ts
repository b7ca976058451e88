import "server-only";
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientIp } from "./client-ip";
import { DEVICE_COOKIE_MAX_AGE, deviceCookieName, deviceCookieValue, knownDeviceUser } from "./device";
import { authenticate, endSession, findOrCreateOAuthUser } from "./mutations";
import { emailIsVerified, oauthProviders } from "./oauth";
import { SESSION_MAX_AGE, SESSION_UPDATE_AGE, secureCookiesFor, sessionCookieNameFor } from "./session-policy";

export { clientIp } from "./client-ip";
export { SESSION_MAX_AGE } from "./session-policy";

/** Secure cookies (and their __Secure- names) whenever the public URL is https. */
export function secureCookies(): boolean {
  return secureCookiesFor(env().NEXTAUTH_URL);
}

/** The session cookie's name, as next-auth names it. */
export function sessionCookieName(): string {
  return sessionCookieNameFor(env().NEXTAUTH_URL);
}

/** Marks this browser as one the user signed in from (it then passes the per-email sign-in lock). */
async function rememberDevice(userId: string): Promise<void> {
  (await cookies()).set(deviceCookieName(), deviceCookieValue(userId), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies(),
    maxAge: DEVICE_COOKIE_MAX_AGE,
  });
}

/** Prefix of the error `signIn("credentials", { redirect: false })` reports when rate-limited: `RATE_LIMITED:<seconds>`. */
export const RATE_LIMITED_ERROR = "RATE_LIMITED";

/**
 * next-auth configuration: credentials sign-in with JWT sessions (httpOnly,
 * SameSite=Lax cookies, Secure under https), plus the OAuth providers that
 * are configured. Without an adapter, OAuth users and accounts are linked in
 * the signIn callback.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: env().authSecret,
    // A week, renewed once a day of use (proxy.ts re-issues the cookie; next-auth's own
    // /api/auth/session does too). Signing out ends the session server-side (events.signOut).
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE, updateAge: SESSION_UPDATE_AGE },
    useSecureCookies: secureCookies(),
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          try {
            const headers = request.headers ?? {};
            const knownDeviceUserId = knownDeviceUser(typeof headers.cookie === "string" ? headers.cookie : null);
            const user = await authenticate({
              email: String(credentials?.email ?? ""),
              password: String(credentials?.password ?? ""),
              ip: clientIp(headers),
              knownDeviceUserId,
            });
            if (user && knownDeviceUserId !== user.id) await rememberDevice(user.id);
            return user;
          } catch (error) {
            // Thrown errors reach the client as `error`; this one carries the wait.
            if (error instanceof AppError && error.code === "RATE_LIMITED") {
              throw new Error(`${RATE_LIMITED_ERROR}:${error.retryAfterSeconds ?? 900}`);
            }
            throw error;
          }
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!account || account.provider === "credentials") return true;
        const owner = await findOrCreateOAuthUser({
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          type: account.type,
          email: user.email ?? null,
          emailVerified: emailIsVerified(account.provider, profile as Record<string, unknown> | undefined),
          name: user.name ?? null,
          image: user.image ?? null,
        });
        if (!owner) return "/login?error=OAuthAccountNotLinked";
        // The jwt callback receives this same object: carry our ids, not the provider's.
        Object.assign(user, { id: owner.id, sessionVersion: owner.sessionVersion });
        return true;
      },
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sub = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
          // This session's id (signing out revokes it, so a copy of the cookie stops
          // working too) and its sign-in time (bounds its life however often it is renewed).
          token.sid = randomUUID();
          token.auth = Math.floor(Date.now() / 1000);
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user) Object.assign(session.user, { id: token.uid, sv: token.sv, sid: token.sid, auth: token.auth });
        return session;
      },
    },
    events: {
      // next-auth v4 hands the decoded JWT to signOut; the cookie is cleared after this.
      async signOut({ token }) {
        await endSession({ uid: token?.uid, sid: token?.sid, auth: token?.auth });
      },
    },
  };
}
