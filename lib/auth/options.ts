import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authenticate } from "./mutations";

const thirtyDays = 30 * 24 * 60 * 60;

/** next-auth configuration: credentials sign-in with JWT sessions. */
export function authOptions(): NextAuthOptions {
  return {
    secret: env().authSecret,
    session: { strategy: "jwt", maxAge: thirtyDays },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          return authenticate({
            email: String(credentials?.email ?? ""),
            password: String(credentials?.password ?? ""),
            ip: clientIp(request.headers ?? {}),
          });
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
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

/** The caller's IP as the proxy in front of the app reports it (first hop). */
export function clientIp(headers: Record<string, unknown> | Headers): string {
  const get = (name: string) =>
    headers instanceof Headers ? headers.get(name) : (headers[name] as string | undefined) ?? null;
  const forwarded = get("x-forwarded-for");
  return (forwarded?.split(",")[0] ?? get("x-real-ip") ?? "unknown").trim();
}
