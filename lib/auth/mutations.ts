import "server-only";
import { db } from "@/lib/db/client";
import { verifyPassword } from "./password";
import { normalizeEmail } from "./schema";

// A valid argon2id hash of a random string: verifying against it when the email
// is unknown makes "no such user" take as long as "wrong password".
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0W0I1PV2Q2mhb3M0n6m2J2yqk4s1Xn0Xv2a3qJ6d2rM";

export type AuthenticatedUser = { id: string; name: string; email: string; sessionVersion: number };

/** Checks an email and password; null for any mismatch (one answer for both). */
export async function authenticate(input: { email: string; password: string; ip: string }): Promise<AuthenticatedUser | null> {
  const email = normalizeEmail(input.email);
  const user = await db().user.findUnique({ where: { email } });
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
  if (!user || !ok) return null;
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}
