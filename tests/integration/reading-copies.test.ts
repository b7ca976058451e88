// The server keeps one-second copies of cached reading pages (scripts/serve/reading-copies.ts); every owner
// change that expires a public page's tag must also forget them, or a reader could get the page as it was.
// Here a counter stands in for the server's copies under the same global symbol, and real mutations run.
import { revalidateTag } from "next/cache";
import { describe, expect, it, vi } from "vitest";
import { changeHandle } from "@/lib/auth/mutations";
import { db } from "@/lib/db/client";
import { updateAppearance, setVisibility } from "@/lib/publishing/mutations";
import { createShareLink, revokeShareLink, updateShareLink } from "@/lib/sharing/mutations";
import { shareLinkInput } from "../support/forms";
import { createOwner } from "../support/owner";

const READING_COPIES = Symbol.for("postfolio.readingCopies");

function countForgets() {
  const copies = {
    forgotten: 0,
    tags: [] as string[],
    forget: (tags: readonly string[]) => {
      copies.forgotten++;
      copies.tags.push(...tags);
    },
  };
  (globalThis as Record<symbol, unknown>)[READING_COPIES] = copies;
  return copies;
}

describe("reading copies are forgotten with every public page's expiry", () => {
  it("on publish, look, handle and share-link changes", async () => {
    const copies = countForgets();
    try {
      const { user } = await createOwner();
      const changes: [string, () => Promise<unknown>][] = [
        ["publish", () => setVisibility(user.id, { visibility: "PUBLIC" })],
        ["look", () => updateAppearance(user.id, { theme: "EDITORIAL", accentColor: "#BE123C" })],
        ["handle", () => changeHandle(user.id, { handle: `${user.handle}-new` })],
        [
          "revoke a link",
          async () => {
            const link = await createShareLink(user.id, shareLinkInput());
            return revokeShareLink(user.id, link.id);
          },
        ],
      ];
      const expiries = vi.mocked(revalidateTag).mock.calls;
      for (const [name, change] of changes) {
        const before = { forgotten: copies.forgotten, expired: expiries.length };
        await change();
        // Every tag expired is named in a forget (one forget names all the tags a change expires, settle twins
        // included): next/cache is mocked in the integration setup, so its calls count.
        expect(expiries.length, name).toBeGreaterThan(before.expired);
        expect(copies.forgotten - before.forgotten, name).toBeGreaterThan(0);
        for (const [tag] of expiries.slice(before.expired)) expect(copies.tags, `${name}: ${tag}`).toContain(tag);
      }
      expect(await db().portfolio.count({ where: { userId: user.id, visibility: "PUBLIC" } })).toBe(1);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[READING_COPIES];
    }
  });

  it("when a link's recipient is renamed (its pages greet them by name)", async () => {
    const copies = countForgets();
    try {
      const { user } = await createOwner();
      const link = await createShareLink(user.id, shareLinkInput());
      const before = copies.forgotten;
      await updateShareLink(user.id, { id: link.id, recipientName: "Someone Else", company: "Other Co", note: "" });
      expect(copies.forgotten).toBeGreaterThan(before);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[READING_COPIES];
    }
  });
});
