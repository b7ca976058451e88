import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkHandle } from "@/lib/auth/data";
import { changeHandle, deleteAccount, findOrCreateOAuthUser, HANDLE_HOLD_DAYS, signUp } from "@/lib/auth/mutations";
import { signUpSchema } from "@/lib/auth/schema";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/seed/factories";
import { appErrorOf } from "@/tests/support/app-error";

process.env.STORAGE_DIR ??= mkdtempSync(path.join(os.tmpdir(), "postfolio-handles-test-"));

const days = (n: number) => n * 24 * 60 * 60_000;
const id = () => randomUUID().slice(0, 8);
const ip = () => `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const signUpWith = (handle: string, now?: Date) =>
  signUp(signUpSchema.parse({ name: "N", email: `${id()}@example.test`, handle, password: "violet-harbour-57" }), { ip: ip(), now });

const fieldErrorsOf = async (promise: Promise<unknown>) => (await appErrorOf(promise)).fieldErrors;

describe("released handles are held", () => {
  it("a deleted account's handle cannot be taken by anyone for 30 days, then can", async () => {
    const gone = await createUser(db());
    const now = new Date();
    await deleteAccount(gone.id, { confirmHandle: gone.handle }, now);

    expect(await fieldErrorsOf(signUpWith(gone.handle, now))).toEqual({ handle: ["handleHeld"] });
    const someone = await createUser(db());
    expect(await fieldErrorsOf(changeHandle(someone.id, { handle: gone.handle }, now))).toEqual({ handle: ["handleHeld"] });
    expect(await checkHandle(gone.handle)).toMatchObject({ available: false, reason: "handleHeld" });
    expect(await checkHandle(gone.handle, someone.id)).toMatchObject({ available: false, reason: "handleHeld" });
    // OAuth sign-ups pick a suggested handle around holds too.
    const base = `held${id()}`;
    const baseOwner = await createUser(db(), { handle: base });
    await deleteAccount(baseOwner.id, { confirmHandle: base });
    const oauth = await findOrCreateOAuthUser({
      provider: "github",
      providerAccountId: id(),
      type: "oauth",
      email: `${id()}@example.test`,
      emailVerified: true,
      name: base,
      image: null,
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: oauth!.id } })).handle).not.toBe(base);

    const later = new Date(now.getTime() + days(HANDLE_HOLD_DAYS) + 1000);
    expect(await checkHandle(gone.handle, undefined, later)).toMatchObject({ available: true });
    await expect(signUpWith(gone.handle, later)).resolves.toMatchObject({ email: expect.any(String) });
  });

  it("a changed-away handle is held for everyone but its previous owner, who can take it back", async () => {
    const owner = await createUser(db());
    const old = owner.handle;
    const now = new Date();
    await changeHandle(owner.id, { handle: `moved-${id()}` }, now);

    expect(await fieldErrorsOf(signUpWith(old, now))).toEqual({ handle: ["handleHeld"] });
    const someone = await createUser(db());
    expect(await fieldErrorsOf(changeHandle(someone.id, { handle: old }, now))).toEqual({ handle: ["handleHeld"] });
    expect(await checkHandle(old)).toMatchObject({ available: false, reason: "handleHeld" });
    expect(await checkHandle(old, owner.id)).toMatchObject({ available: true, reason: null });

    await expect(changeHandle(owner.id, { handle: old }, now)).resolves.toEqual({ handle: old });
    expect(await db().heldHandle.findUnique({ where: { handle: old } })).toBeNull();
  });
});
