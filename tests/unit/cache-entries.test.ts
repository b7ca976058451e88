import { describe, expect, it } from "vitest";
import { decodeEntry, encodeEntry, entryFreshness, revalidatedTagState, tagsOf } from "@/lib/cache/entries";

describe("the shared cache's entries", () => {
  it("survive the trip through a string with their Buffers and Maps", () => {
    const entry = {
      lastModified: 1700000000000,
      value: {
        kind: "APP_ROUTE",
        status: 200,
        body: Buffer.from("<!doctype html><p>Hi ✓</p>"),
        headers: { "x-next-cache-tags": "a,b" },
        segmentData: new Map([["/_tree", Buffer.from([0, 255, 7])]]),
      },
      cacheControl: { revalidate: 60, expire: 31536000 },
    };
    const back = decodeEntry<typeof entry>(encodeEntry(entry));
    expect(Buffer.isBuffer(back.value.body)).toBe(true);
    expect(back.value.body.toString()).toBe("<!doctype html><p>Hi ✓</p>");
    expect(back.value.segmentData).toBeInstanceOf(Map);
    expect([...back.value.segmentData.get("/_tree")!]).toEqual([0, 255, 7]);
    expect(back.cacheControl).toEqual(entry.cacheControl);
  });

  it("take their tags from a route's tags header, a data entry's tags and the lookup", () => {
    expect(tagsOf({ kind: "APP_ROUTE", headers: { "x-next-cache-tags": "portfolio:u1,handle:demo" } })).toEqual(["portfolio:u1", "handle:demo"]);
    expect(tagsOf({ kind: "FETCH", tags: ["portfolio:u1"] }, ["portfolio:u1", "_N_T_/demo"])).toEqual(["portfolio:u1", "_N_T_/demo"]);
    expect(tagsOf(null)).toEqual([]);
  });

  it("expire when a tag was invalidated after they were written (revalidateTag with expire: 0, on any instance)", () => {
    const written = 1_000;
    const invalidated = revalidatedTagState({}, 2_000, { expire: 0 });
    expect(invalidated).toEqual({ stale: 2_000, expired: 2_000 });
    expect(entryFreshness([null, invalidated], written, 2_500)).toBe("expired");
    // Written again after the invalidation: fresh.
    expect(entryFreshness([invalidated], 3_000, 3_500)).toBe("fresh");
    // No durations: expires at once, like Next's own tags manifest.
    expect(entryFreshness([revalidatedTagState({}, 2_000)], written, 2_000)).toBe("expired");
  });

  it("are served stale once when a tag expires later (a revalidation profile)", () => {
    const later = revalidatedTagState({}, 2_000, { expire: 300 });
    expect(entryFreshness([later], 1_000, 2_500)).toBe("stale");
    expect(entryFreshness([later], 1_000, 2_000 + 300_000)).toBe("expired");
    expect(entryFreshness([], 1_000, 2_500)).toBe("fresh");
  });
});
