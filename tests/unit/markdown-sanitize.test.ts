import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/markdown/markdown";
import { isAllowedImageSrc } from "@/lib/markdown/options";

function render(source: string): string {
  return renderToStaticMarkup(createElement(Markdown, { source }));
}

/** Anything a browser would execute or load from an attacker's input. */
function assertSafe(html: string): void {
  const lower = html.toLowerCase();
  expect(lower).not.toMatch(/<script|<iframe|<style|<svg|<object|<embed|<form|<math|<link|<meta|<base/);
  // Event handler attributes inside a real tag (text is escaped, so "<" only starts tags).
  expect(lower).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/);
  expect(lower).not.toMatch(/(href|src|action|formaction|xlink:href)\s*=\s*"\s*(javascript|data|vbscript):/);
  expect(lower).not.toMatch(/(href|src)="[^"]*&#/); // encoded scheme tricks surviving as attributes
  expect(lower).not.toContain("<!--");
}

const payloads: [string, string][] = [
  ["script tag", "<script>alert(1)</script>"],
  ["script tag inline", "Hello <script>alert(1)</script> world"],
  ["img onerror", '<img src="x" onerror="alert(1)">'],
  ["img onerror unquoted", "<img src=x onerror=alert(1)//>"],
  ["html link javascript:", '<a href="javascript:alert(1)">click</a>'],
  ["markdown link javascript:", "[x](javascript:alert(1))"],
  ["markdown link mixed case", "[x](JaVaScRiPt:alert(1))"],
  ["markdown link with spaces and tab", "[x](  java\tscript:alert(1))"],
  ["markdown link vbscript:", "[x](vbscript:msgbox(1))"],
  ["data:text/html link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
  ["data: image", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"],
  ["data:text/html image", "![x](data:text/html,<script>alert(1)</script>)"],
  ["svg onload", "<svg onload=alert(1)><circle r=10 /></svg>"],
  ["iframe", '<iframe src="https://evil.example/"></iframe>'],
  ["style tag", "<style>body { background: url(javascript:alert(1)) }</style>"],
  ["style attribute", '<p style="background:url(javascript:alert(1))">x</p>'],
  ["nested script", "<scr<script>ipt>alert(1)</scr</script>ipt>"],
  ["entity-encoded scheme in link", "[x](&#106;avascript:alert(1))"],
  ["hex entity scheme in link", "[x](&#x6A;&#x61;vascript:alert(1))"],
  ["entity-encoded scheme in html", '<a href="&#106;avascript:alert(1)">x</a>'],
  ["HTML comment", "before <!-- <script>alert(1)</script> --> after"],
  ["reference link to javascript:", "[x][1]\n\n[1]: javascript:alert(1)"],
  ["autolink javascript:", "<javascript:alert(1)>"],
  ["object/embed", '<object data="x.swf"></object><embed src="x.swf">'],
  ["form", '<form action="javascript:alert(1)"><button>go</button></form>'],
  ["math/xlink", '<math><a xlink:href="javascript:alert(1)">x</a></math>'],
  ["image with javascript src", "![x](javascript:alert(1))"],
  ["meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ["base tag", '<base href="javascript:alert(1)//">'],
  ["details ontoggle", "<details open ontoggle=alert(1)>x</details>"],
];

describe("Markdown sanitizing", () => {
  it.each(payloads)("neutralizes %s", (_name, payload) => {
    assertSafe(render(payload));
  });

  it("renders no raw HTML at all, even harmless tags", () => {
    const html = render("a <b>bold</b> <span class=x>word</span>");
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("<span");
    expect(html).toContain("bold");
  });

  it("keeps headings, lists, emphasis and GFM tables", () => {
    const html = render(
      [
        "# Strategy",
        "## Goals",
        "- Grow reach",
        "- Lift engagement",
        "",
        "1. Audit",
        "2. Plan",
        "",
        "**bold** and ~~gone~~",
        "",
        "| KPI | Target |",
        "| --- | ---: |",
        "| Engagement rate | 4.5 % |",
        "",
        "- [x] done",
      ].join("\n"),
    );
    expect(html).toContain("<h1>Strategy</h1>");
    expect(html).toContain("<h2>Goals</h2>");
    expect(html).toMatch(/<ul>[\s\S]*<li>Grow reach<\/li>/);
    expect(html).toMatch(/<ol>[\s\S]*<li>Audit<\/li>/);
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<del>gone</del>");
    expect(html).toMatch(/<table>[\s\S]*<th>KPI<\/th>[\s\S]*<td>Engagement rate<\/td>[\s\S]*<\/table>/);
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*disabled/);
  });

  it("keeps safe links and marks them as user content", () => {
    const html = render("[Brand book](https://example.com/book) and <https://example.org> and [mail](mailto:hi@example.com)");
    expect(html).toContain('href="https://example.com/book"');
    expect(html).toContain('href="https://example.org"');
    expect(html).toContain('href="mailto:hi@example.com"');
    expect(html.match(/rel="noopener noreferrer nofollow ugc"/g)).toHaveLength(3);
  });

  it("keeps images from the owner's uploads and drops every other source", () => {
    const html = render(
      [
        "![Moodboard](/api/media/abc123/display)",
        "![tracker](https://evil.example/pixel.gif)",
        "![proto-relative](//evil.example/pixel.gif)",
        "![traversal](/api/media/../../etc/passwd)",
        "![other path](/api/media/abc/file)",
      ].join("\n\n"),
    );
    expect(html).toContain('src="/api/media/abc123/display"');
    expect(html).toContain('alt="Moodboard"');
    expect(html).not.toContain("evil.example");
    expect(html).not.toContain("passwd");
    expect(html).not.toContain("/file");
    expect(html.match(/<img/g)).toHaveLength(1);
  });

  it("allows only upload paths as image sources", () => {
    expect(isAllowedImageSrc("/api/media/c1x2/display")).toBe(true);
    expect(isAllowedImageSrc("/api/media/c1x2/thumb")).toBe(true);
    expect(isAllowedImageSrc("https://example.com/a.png")).toBe(false);
    expect(isAllowedImageSrc("/api/media/c1x2/display?x=1")).toBe(false);
    expect(isAllowedImageSrc(undefined)).toBe(false);
  });

  it("renders an empty document as nothing harmful", () => {
    expect(render("")).toMatch(/^<div[^>]*><\/div>$/);
  });
});
