import { describe, expect, it } from "vitest";
import { firstPartyClientModules, inlineScriptBytes, scriptSources } from "@/scripts/bench/page";
import { marginalMsPerItem, median, perItemRatio } from "@/scripts/bench/stats";

describe("scriptSources", () => {
  it("lists each external script once, in order, whatever the quoting and attributes", () => {
    const html = `<head><script src="/_next/static/chunks/a.js" async=""></script>
      <script async src='/_next/static/chunks/b.js?x=1&amp;y=2'></script><script>self.__next_f.push([1,"x"])</script>
      <SCRIPT nomodule src=/c.js></SCRIPT><script src="/_next/static/chunks/a.js" async=""></script>
      <link rel="preload" as="script" href="/d.js"/><script type="application/ld+json">{}</script></head>`;
    expect(scriptSources(html)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js?x=1&y=2", "/c.js"]);
  });

  it("measures inline scripts only", () => {
    expect(inlineScriptBytes(`<script src="/a.js"></script><script>abc</script><script id="x">é</script>`)).toBe(5);
  });
});

describe("firstPartyClientModules", () => {
  const root = "/work/repo";
  it("keeps the repository's own modules from Turbopack and webpack keys, drops node_modules", () => {
    const manifest = {
      clientModules: {
        "[project]/components/contact/contact-form.tsx <module evaluation>": {},
        "[project]/components/contact/contact-form.tsx": {},
        "[project]/node_modules/sonner/dist/index.mjs <module evaluation>": {},
        "[project]/node_modules/next/dist/client/components/layout-router.js": {},
        "/work/repo/app/[handle]/share-button.tsx#ShareButton": {},
        "/work/repo/node_modules/next-intl/dist/esm/client.js#Provider": {},
        "/elsewhere/components/x.tsx": {},
      },
    };
    expect(firstPartyClientModules(manifest, root)).toEqual(["app/[handle]/share-button.tsx", "components/contact/contact-form.tsx"]);
  });

  it("finds none in a manifest of third-party modules only", () => {
    expect(firstPartyClientModules({ clientModules: { "[project]/node_modules/sonner/dist/index.mjs": {} } }, root)).toEqual([]);
    expect(firstPartyClientModules({}, root)).toEqual([]);
  });
});

describe("render growth helpers", () => {
  it("takes the median of odd and even samples without reordering the input", () => {
    const samples = [30, 10, 20];
    expect(median(samples)).toBe(20);
    expect(samples).toEqual([30, 10, 20]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("compares time per item: 1 is linear, below 1 better (fixed costs amortized)", () => {
    expect(perItemRatio({ ms: 100, items: 100 }, { ms: 1000, items: 1000 })).toBe(1);
    expect(perItemRatio({ ms: 100, items: 100 }, { ms: 300, items: 1000 })).toBeCloseTo(0.3);
    expect(perItemRatio({ ms: 100, items: 100 }, { ms: 2000, items: 1000 })).toBe(2);
    expect(marginalMsPerItem({ ms: 100, items: 100 }, { ms: 280, items: 1000 })).toBeCloseTo(0.2);
  });
});
