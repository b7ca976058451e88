// A fresh account with its portfolio (createUser makes both), the portfolio named and published as a test needs.
import { db } from "@/lib/db/client";
import type { Visibility } from "@/lib/db/generated/enums";
import { createUser } from "@/lib/seed/factories";

/** A new user and their portfolio, whose display name is the user's name unless `portfolio` sets one. */
export async function createOwner(portfolio: { displayName?: string; visibility?: Visibility } = {}) {
  const user = await createUser(db());
  const updated = await db().portfolio.update({ where: { userId: user.id }, data: { displayName: user.name, ...portfolio } });
  return { user, portfolio: updated };
}
