import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { connection } from "next/server";
import { findSessionUser, type SessionClaims } from "./data";
import { authOptions } from "./options";

export type SessionUser = { id: string; name: string; email: string; handle: string };

/**
 * The signed-in user, or null. The JWT alone is not trusted: the user must
 * still exist, its session version must match (a password change or "sign out
 * everywhere" bumps it) and its session must not have been signed out.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  // A session exists only in a request: this marks the caller dynamic before
  // authOptions() reads the environment, so `next build` needs no secrets.
  await connection();
  const session = await getServerSession(authOptions());
  const claims = session?.user as SessionClaims | undefined;
  return claims ? findSessionUser(claims) : null;
}

/** The signed-in user; otherwise a redirect to /login?next=<this page>. */
export async function requireUser(nextPath?: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (user) return user;
  const path = nextPath ?? (await headers()).get("x-pathname") ?? "/dashboard";
  redirect(`/login?next=${encodeURIComponent(path)}`);
}
