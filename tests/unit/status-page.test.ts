import { describe, expect, it } from "vitest";
import { tooLargeResponse } from "@/lib/body-limit";
import { goneHtml } from "@/lib/sharing/gone-page";
import { statusPageHtml } from "@/lib/status-page";

// The 413 and 410 pages share one self-contained shell (lib/status-page.ts).
describe("status pages", () => {
  it("escape the title and language and are never indexed", () => {
    const html = statusPageHtml({ lang: 'en"x', title: "<Too> big", main: "<h1>ok</h1>" });
    expect(html).toContain('<html lang="en&quot;x">');
    expect(html).toContain("<title>&lt;Too&gt; big · Postfolio</title>");
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain("<main>\n<h1>ok</h1>\n</main>");
  });

  it("the 413 page answers with its text escaped and a way back", async () => {
    const response = tooLargeResponse({ lang: "en", title: "Too large", body: "Max <2 MB>", back: "Back" }, '/demo?x="1"');
    expect(response.status).toBe(413);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain('<h1>Too large</h1>\n<p>Max &lt;2 MB&gt;</p>\n<a href="/demo?x=&quot;1&quot;">Back</a>');
  });

  it("the 410 page keeps its icon and its own styles on top of the shared ones", () => {
    const html = goneHtml({ lang: "lv", title: "Saite vairs nav aktīva", body: "b", home: "h" });
    expect(html).toContain('<div class="icon" aria-hidden="true"><svg');
    expect(html).toContain("a:hover{background:");
    expect(html).toContain(":root{color-scheme:light dark;");
  });
});
