// The demo account that `npm start` seeds into an empty database. Tests build
// their data with the same factories (lib/seed/factories.ts).
import type { PrismaClient } from "@/lib/db/generated/client";
import { createUser } from "./factories";

export const DEMO_LOGIN = { email: "demo@postfolio.dev", password: "demo-portfolio-2026", handle: "demo" } as const;

/** Seeds the demo account when the database has no users. Returns true when it seeded. */
export async function seedDemoIfEmpty(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.user.count()) > 0) return false;
  await createUser(prisma, {
    name: "Alex Rivera",
    email: DEMO_LOGIN.email,
    handle: DEMO_LOGIN.handle,
    password: DEMO_LOGIN.password,
  });
  return true;
}
