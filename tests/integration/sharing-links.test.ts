import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import type { Visibility } from "@/lib/db/generated/enums";
import { getShareLink, listShareLinks, resolveShareLink } from "@/lib/sharing/data";
import { createShareLink, revokeShareLink, updateShareLink } from "@/lib/sharing/mutations";
import { createShareLinkSchema } from "@/lib/sharing/schema";
import { generateShareToken, isShareTokenShape } from "@/lib/sharing/token";
import { createOwner } from "@/tests/support/owner";

const owner = (visibility: Visibility = "PUBLIC") => createOwner({ displayName: "Riley Secret-Name", visibility });

const input = (overrides: Partial<Parameters<typeof createShareLinkSchema.parse>[0]> = {}) =>
  createShareLinkSchema.parse({
    recipientName: "Jane",
    company: "Acme",
    note: "",
    expiresAt: "",
    sections: ["campaigns", "caseStudies"],
    anonymizeAll: false,
    ...overrides,
  });

describe("share tokens", () => {
  it("are 32 base64url characters (192 bits) and 1,000 of them are all different", () => {
    const tokens = Array.from({ length: 1000 }, generateShareToken);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(isShareTokenShape(token)).toBe(true);
      expect(Buffer.from(token, "base64url")).toHaveLength(24);
    }
    expect(new Set(tokens).size).toBe(1000);
  });

  it("rejects junk before querying", () => {
    expect(isShareTokenShape("../../etc/passwd")).toBe(false);
    expect(isShareTokenShape("short")).toBe(false);
  });
});

describe("share links", () => {
  let jane: Awaited<ReturnType<typeof owner>>;
  beforeAll(async () => {
    jane = await owner();
  });

  it("creates a tailored link that resolves while active", async () => {
    const link = await createShareLink(jane.user.id, input());
    expect(link.sections).toEqual(["campaigns", "caseStudies"]);
    const resolved = await resolveShareLink(link.token);
    expect(resolved).toMatchObject({ status: "active", link: { id: link.id, sections: ["campaigns", "caseStudies"] } });
    const [listed] = await listShareLinks(jane.user.id);
    expect(listed).toMatchObject({ id: link.id, status: "active", path: `/s/${link.token}`, isNew: false });
  });

  it("stores every visible section as 'all'", async () => {
    const all = ["campaigns", "caseStudies", "samples", "documents", "calendars", "certifications", "experience", "skills", "education"] as const;
    const link = await createShareLink(jane.user.id, input({ sections: [...all] }));
    expect(link.sections).toEqual([]);
  });

  it("rejects an expiry date in the past and an empty section choice", () => {
    const result = createShareLinkSchema.safeParse({ ...input(), expiresAt: "2000-01-01", sections: [] });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message);
    expect(messages).toEqual(expect.arrayContaining(["sharing.expiryInPast", "sharing.pickSection"]));
  });

  it("is inactive once revoked or expired, and carries nothing of the portfolio", async () => {
    const revoked = await createShareLink(jane.user.id, input());
    await revokeShareLink(jane.user.id, revoked.id);
    expect(await resolveShareLink(revoked.token)).toEqual({ status: "inactive" });

    const expired = await createShareLink(jane.user.id, input());
    await db().shareLink.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resolveShareLink(expired.token)).toEqual({ status: "inactive" });

    const statuses = (await listShareLinks(jane.user.id)).map((link) => [link.id, link.status]);
    expect(statuses).toEqual(
      expect.arrayContaining([
        [revoked.id, "revoked"],
        [expired.id, "expired"],
      ]),
    );
  });

  it("is not found for a draft portfolio or an unknown token", async () => {
    const draft = await owner("DRAFT");
    const link = await createShareLink(draft.user.id, input());
    expect(await resolveShareLink(link.token)).toEqual({ status: "not-found" });
    expect(await resolveShareLink(generateShareToken())).toEqual({ status: "not-found" });
  });

  it("works for an unlisted portfolio", async () => {
    const unlisted = await owner("UNLISTED");
    const link = await createShareLink(unlisted.user.id, input());
    expect((await resolveShareLink(link.token)).status).toBe("active");
  });

  it("renames a link", async () => {
    const link = await createShareLink(jane.user.id, input());
    await updateShareLink(jane.user.id, { id: link.id, recipientName: "Jane Roe", company: "Acme Ltd", note: "Coordinator role" });
    expect(await getShareLink(jane.user.id, link.id)).toMatchObject({ recipientName: "Jane Roe", company: "Acme Ltd", note: "Coordinator role" });
  });

  it("another user can't read, rename or revoke it (NOT_FOUND)", async () => {
    const link = await createShareLink(jane.user.id, input());
    const mallory = await owner();
    await expect(getShareLink(mallory.user.id, link.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateShareLink(mallory.user.id, { id: link.id, recipientName: "x", company: "", note: "" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(revokeShareLink(mallory.user.id, link.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listShareLinks(mallory.user.id)).toEqual([]);
    expect((await getShareLink(jane.user.id, link.id)).revokedAt).toBeNull();
  });
});
