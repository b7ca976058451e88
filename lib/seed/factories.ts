// Builders shared by the demo seed and the tests, so both make data the same way.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { hashPassword } from "@/lib/auth/password";

export type UserInput = { name?: string; email?: string; handle?: string; password?: string };

export async function createUser(prisma: PrismaClient, input: UserInput = {}) {
  const unique = randomUUID().slice(0, 8);
  return prisma.user.create({
    data: {
      name: input.name ?? `Test User ${unique}`,
      email: (input.email ?? `user-${unique}@example.test`).toLowerCase(),
      handle: (input.handle ?? `user-${unique}`).toLowerCase(),
      passwordHash: await hashPassword(input.password ?? "correct-horse-battery"),
    },
  });
}
