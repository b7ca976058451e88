import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientIp } from "./client-ip";
import { authenticate, findOrCreateOAuthUser } from "./mutations";
import { emailIsVerified, oauthProviders } from "./oauth";

export { clientIp } from "./client-ip";

export const SESSION_MAX_AGE = 30 * 24 * 60 * 60;

/** Secure cookies (and their __Secure- names) whenever the public URL is https. */
export function secureCookies(): boolean {
  return env().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

/** The session cookie's name, as next-auth names it. */
export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
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
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
    useSecureCookies: secureCookies(),
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          try {
            return await authenticate({
              email: String(credentials?.email ?? ""),
              password: String(credentials?.password ?? ""),
              ip: clientIp(request.headers ?? {}),
            });
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
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user) Object.assign(session.user, { id: token.uid, sv: token.sv });
        return session;
      },
    },
  };
}
