import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { authenticate, changeEmail, changeHandle, changePassword, deleteAccount, findOrCreateOAuthUser, signUp } from "@/lib/auth/mutations";
import { checkHandle } from "@/lib/auth/data";
import { signUpSchema } from "@/lib/auth/schema";
import { createUser } from "@/lib/seed/factories";
import { appErrorOf } from "@/tests/support/app-error";

process.env.STORAGE_DIR ??= mkdtempSync(path.join(os.tmpdir(), "postfolio-auth-test-"));

let counter = 0;
function unique(prefix: string) {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}`;
}
function signUpInput(overrides: Partial<{ name: string; email: string; handle: string; password: string }> = {}) {
  const id = unique("u");
  return signUpSchema.parse({ name: "Zoë Ābele", email: `${id}@example.test`, handle: id, password: "violet-harbour-57", ...overrides });
}
/** A fresh IP per call keeps these tests clear of each other's rate limits. */
function ip() {
  return `10.0.${counter % 250}.${Math.floor(Math.random() * 250)}`;
}
const fieldErrorsOf = async (promise: Promise<unknown>) => (await appErrorOf(promise)).fieldErrors;

describe("sign-up", () => {
  it("creates exactly one user with an argon2id hash and a normalized email", async () => {
    const input = signUpInput({ email: `  ${unique("Case")}@Example.TEST ` });
    const created = await signUp(input, { ip: ip() });
    const users = await db().user.findMany({ where: { email: input.email } });
    expect(users).toHaveLength(1);
    expect(users[0]?.id).toBe(created.id);
    expect(users[0]?.email).toBe(input.email.trim().toLowerCase());
    expect(users[0]?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(users[0]?.passwordHash).not.toContain("violet-harbour-57");
  });

  it("rejects an email already registered, in another case, as a field error", async () => {
    const first = signUpInput();
    await signUp(first, { ip: ip() });
    const again = signUpSchema.parse({ ...first, email: first.email.toUpperCase(), handle: unique("other") });
    expect(await fieldErrorsOf(signUp(again, { ip: ip() }))).toEqual({ email: ["emailTaken"] });
    expect(await db().user.count({ where: { email: first.email } })).toBe(1);
  });

  it("rejects a handle already taken, in another case, and reports both conflicts at once", async () => {
    const first = signUpInput();
    await signUp(first, { ip: ip() });
    const sameHandle = signUpSchema.parse({ ...signUpInput(), handle: first.handle.toUpperCase() });
    expect(await fieldErrorsOf(signUp(sameHandle, { ip: ip() }))).toEqual({ handle: ["handleTaken"] });
    const both = signUpSchema.parse({ ...first, handle: first.handle.toUpperCase(), email: first.email.toUpperCase() });
    expect(await fieldErrorsOf(signUp(both, { ip: ip() }))).toEqual({ email: ["emailTaken"], handle: ["handleTaken"] });
  });

  it("answers whether a handle is free", async () => {
    const user = await createUser(db());
    expect(await checkHandle(user.handle.toUpperCase())).toEqual({ handle: user.handle, available: false, reason: "handleTaken" });
    expect(await checkHandle(unique("free"))).toMatchObject({ available: true, reason: null });
    expect(await checkHandle("settings")).toMatchObject({ available: false, reason: "handleReserved" });
    expect(await checkHandle("x")).toMatchObject({ available: false, reason: "handleTooShort" });
  });
});

describe("sign-in", () => {
  it("accepts the right password and answers a wrong password and an unknown email the same way", async () => {
    const user = await createUser(db(), { password: "violet-harbour-57" });
    expect(await authenticate({ email: user.email.toUpperCase(), password: "violet-harbour-57", ip: ip() })).toMatchObject({ id: user.id });
    expect(await authenticate({ email: user.email, password: "wrong-password-1", ip: ip() })).toBeNull();
    expect(await authenticate({ email: `${unique("nobody")}@example.test`, password: "violet-harbour-57", ip: ip() })).toBeNull();
  });
});

describe("account settings", () => {
  it("changing the password bumps sessionVersion and only the new password works", async () => {
    const user = await createUser(db(), { password: "old-password-42" });
    await expect(changePassword(user.id, { currentPassword: "not-my-password", newPassword: "new-password-42" })).rejects.toMatchObject({
      fieldErrors: { currentPassword: ["wrongPassword"] },
    });
    const { sessionVersion } = await changePassword(user.id, { currentPassword: "old-password-42", newPassword: "new-password-42" });
    expect(sessionVersion).toBe(user.sessionVersion + 1);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(user.sessionVersion + 1);
    expect(await authenticate({ email: user.email, password: "old-password-42", ip: ip() })).toBeNull();
    expect(await authenticate({ email: user.email, password: "new-password-42", ip: ip() })).toMatchObject({ id: user.id, sessionVersion });
  });

  it("changing the email needs the current password and a free address", async () => {
    const user = await createUser(db(), { password: "old-password-42" });
    const other = await createUser(db());
    const email = `${unique("new")}@example.test`;
    expect(await fieldErrorsOf(changeEmail(user.id, { email, currentPassword: "nope-nope-nope" }))).toEqual({ currentPassword: ["wrongPassword"] });
    expect(await fieldErrorsOf(changeEmail(user.id, { email: other.email, currentPassword: "old-password-42" }))).toEqual({ email: ["emailTaken"] });
    await changeEmail(user.id, { email, currentPassword: "old-password-42" });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(email);
  });

  it("changing the handle releases the old one (held for the owner only, see auth-handles) and refuses a taken one", async () => {
    const user = await createUser(db());
    const other = await createUser(db());
    expect(await fieldErrorsOf(changeHandle(user.id, { handle: other.handle }))).toEqual({ handle: ["handleTaken"] });
    const handle = unique("moved");
    await changeHandle(user.id, { handle });
    expect(await db().user.findUnique({ where: { handle: user.handle } })).toBeNull();
    expect(await checkHandle(user.handle, user.id)).toMatchObject({ available: true });
  });

  it("deleting the account needs the handle typed and removes every row the user owned, and only theirs", async () => {
    const owner = await seedOwnedData();
    const bystander = await seedOwnedData();
    expect(await fieldErrorsOf(deleteAccount(owner.userId, { confirmHandle: "not-my-handle" }))).toEqual({ confirmHandle: ["confirmHandleMismatch"] });
    expect(await db().user.count({ where: { id: owner.userId } })).toBe(1);

    await deleteAccount(owner.userId, { confirmHandle: owner.handle });

    expect(await rowsLeft(owner)).toEqual({ user: 0, account: 0, portfolio: 0, campaign: 0, metric: 0, contentSample: 0, media: 0 });
    expect(await rowsLeft(bystander)).toEqual({ user: 1, account: 1, portfolio: 1, campaign: 1, metric: 1, contentSample: 1, media: 2 });
  });
});

describe("OAuth sign-in", () => {
  it("creates a user with a unique handle from the name, then finds it again by the linked account", async () => {
    const name = `Zoë ${unique("Oauth")}`;
    await createUser(db(), { handle: `zoe-${unique("oauth").toLowerCase()}` });
    const identity = {
      provider: "github",
      providerAccountId: unique("gh"),
      type: "oauth",
      email: `${unique("gh")}@example.test`,
      emailVerified: true,
      name,
      image: null,
    };
    const first = await findOrCreateOAuthUser(identity);
    const user = await db().user.findUniqueOrThrow({ where: { id: first!.id } });
    expect(user.passwordHash).toBeNull();
    expect(user.handle).toMatch(/^zoe-oauth-/);
    expect(await findOrCreateOAuthUser({ ...identity, email: null })).toEqual(first);
  });

  it("links a verified email to the existing account and refuses an unverified one", async () => {
    const existing = await createUser(db());
    const base = { provider: "google", type: "oauth", email: existing.email.toUpperCase(), name: "X", image: null };
    expect(await findOrCreateOAuthUser({ ...base, providerAccountId: unique("g"), emailVerified: false })).toBeNull();
    expect(await findOrCreateOAuthUser({ ...base, providerAccountId: unique("g"), emailVerified: true })).toMatchObject({ id: existing.id });
    expect(await db().account.count({ where: { userId: existing.id } })).toBe(1);
  });
});

/** How many of the rows seedOwnedData made for one user are still in the database. */
async function rowsLeft(owned: Awaited<ReturnType<typeof seedOwnedData>>) {
  return {
    user: await db().user.count({ where: { id: owned.userId } }),
    account: await db().account.count({ where: { userId: owned.userId } }),
    portfolio: await db().portfolio.count({ where: { id: owned.portfolioId } }),
    campaign: await db().campaign.count({ where: { id: owned.campaignId } }),
    metric: await db().metric.count({ where: { id: owned.metricId } }),
    contentSample: await db().contentSample.count({ where: { id: owned.sampleId } }),
    media: await db().media.count({ where: { userId: owned.userId } }),
  };
}

async function seedOwnedData() {
  const user = await createUser(db());
  await db().account.create({ data: { userId: user.id, type: "oauth", provider: "github", providerAccountId: unique("gh") } });
  const portfolio = await db().portfolio.update({ where: { userId: user.id }, data: { displayName: user.name } });
  const evidence = await db().media.create({
    data: { userId: user.id, kind: "IMAGE", mimeType: "image/webp", displayKey: `${user.id}/e.webp`, bytes: 10 },
  });
  const campaign = await db().campaign.create({
    data: { portfolioId: portfolio.id, title: "Launch", workKind: "CLIENT", startDate: new Date("2026-01-01"), objective: "AWARENESS" },
  });
  const metric = await db().metric.create({ data: { campaignId: campaign.id, kind: "REACH", value: 12500, evidenceId: evidence.id } });
  const sample = await db().contentSample.create({
    data: { portfolioId: portfolio.id, platform: "INSTAGRAM", format: "IMAGE_POST", title: "Post", workKind: "CLIENT", campaignId: campaign.id },
  });
  await db().media.create({
    data: { userId: user.id, kind: "IMAGE", mimeType: "image/webp", displayKey: `${user.id}/s.webp`, bytes: 10, contentSampleId: sample.id },
  });
  return { userId: user.id, handle: user.handle, portfolioId: portfolio.id, campaignId: campaign.id, metricId: metric.id, sampleId: sample.id };
}
