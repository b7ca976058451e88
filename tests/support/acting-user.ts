// Who the server actions see as signed in, for integration tests that call actions directly. A test mocks the
// session with this module, so the actions read the user the test last signed in:
//   vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-user"));
import type { SessionUser } from "@/lib/auth/session";
import { createOwner } from "./owner";

let actingUser: SessionUser | null = null;

/** The mocked session: the user the test signed in, or null. */
export async function getSessionUser(): Promise<SessionUser | null> {
  return actingUser;
}

/** Acts as `user` from now on (null: signed out). */
export function actAs(user: SessionUser | null): void {
  actingUser = user && { id: user.id, name: user.name, email: user.email, handle: user.handle };
}

/** A new account with its portfolio (see createOwner), signed in. */
export async function signedInOwner(...args: Parameters<typeof createOwner>) {
  const owner = await createOwner(...args);
  actAs(owner.user);
  return owner;
}
