import { describe, expect, it } from "vitest";
import { DATA_CACHE_ITEM_LIMIT, dataCacheItemSize, pack, PACK_THRESHOLD, unpack } from "@/lib/packed-cache";

// A large portfolio's page, as the 1,000-item bench portfolio renders it (~1.8 MB of HTML, quotes everywhere).
function largePage(): { status: number; html: string } {
  const card = (i: number) =>
    `<article class="card" data-kind="campaign"><h3 class="title">Campaign ${i}</h3><p class="lead">Reach &amp; engagement for "Brand ${i % 37}"</p>` +
    `<svg class="icon"><use href="#pf-i-chart"></use></svg><table><tr><td class="n">${i * 17}</td><td class="n">${(i * 3.7).toFixed(1)}%</td></tr></table></article>`;
  return { status: 200, html: `<!DOCTYPE html><html lang="en"><body>${Array.from({ length: 6500 }, (_, i) => card(i)).join("")}</body></html>` };
}

describe("values kept in Next's data cache", () => {
  it("a large page is stored under Next's 2 MB item limit and comes back exactly", () => {
    const page = largePage();
    expect(Buffer.byteLength(page.html)).toBeGreaterThan(1_700_000);
    // Stored as it is, Next would refuse it ("items over 2MB can not be cached").
    expect(dataCacheItemSize(page)).toBeGreaterThan(DATA_CACHE_ITEM_LIMIT);
    const packed = pack(page);
    expect(dataCacheItemSize(packed)).toBeLessThan(DATA_CACHE_ITEM_LIMIT / 4);
    expect(unpack(JSON.parse(JSON.stringify(packed)) as typeof packed)).toEqual(page);
  });

  it("a small value is stored as it is (nothing to unpack on a hit), null included", () => {
    const small = { status: 200, html: "<p>Hi</p>" };
    expect(pack(small)).toEqual({ value: small });
    expect(unpack(pack(small))).toEqual(small);
    expect(unpack(pack(null))).toBeNull();
    expect(JSON.stringify(small).length).toBeLessThan(PACK_THRESHOLD);
  });
});
