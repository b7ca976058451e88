import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { databaseReachable } from "@/lib/db/health";
import { verifyPassword } from "@/lib/auth/password";
import { createUser } from "@/lib/seed/factories";

describe("database through Prisma", () => {
  it("writes a user and reads it back with a hashed password", async () => {
    const created = await createUser(db(), { email: "Writer@Example.test", password: "a-long-password-1" });
    const found = await db().user.findUnique({ where: { id: created.id } });
    expect(found?.email).toBe("writer@example.test");
    expect(found?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(found!.passwordHash!, "a-long-password-1")).toBe(true);
    expect(await verifyPassword(found!.passwordHash!, "wrong-password")).toBe(false);
  });

  it("runs each test file on its own database", async () => {
    expect(process.env.DATABASE_URL).toMatch(/\/test_[0-9a-f]{12}$/);
    expect(await db().user.count()).toBeGreaterThanOrEqual(0);
  });

  it("reports the database as reachable", async () => {
    expect(await databaseReachable()).toBe(true);
  });
});
