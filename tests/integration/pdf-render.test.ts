import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicPageCss } from "@/components/public/public-frame";
import { closeBrowser } from "@/lib/pdf/browser";
import { printToPdf, PrintTargetError } from "@/lib/pdf/render";
import { isPdf, pdfPageTexts } from "@/tests/support/pdf-text";

// The generator against a real Chromium and a tiny HTTP server standing in for
// the app: the real print stylesheet, the real request filtering.

type Seen = { url: string; headers: IncomingHttpHeaders };

async function listen(handler: (url: string, headers: IncomingHttpHeaders) => { status: number; type: string; body: string }) {
  const seen: Seen[] = [];
  const server = createServer((request, response) => {
    seen.push({ url: request.url ?? "", headers: request.headers });
    const answer = handler(request.url ?? "", request.headers);
    response.writeHead(answer.status, { "content-type": answer.type });
    response.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, seen, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

let app: Awaited<ReturnType<typeof listen>>;
let elsewhere: Awaited<ReturnType<typeof listen>>;

function page(otherOrigin: string): string {
  const section = (key: string, title: string) =>
    `<section data-section="${key}"><h2>${title}</h2><p>About ${title.toLowerCase()}.</p><a href="/jordan/${key}">More</a></section>`;
  return `<!doctype html><html><head><title>Jordan</title></head><body>
    <div data-public-page=""><style>${publicPageCss}</style>
      <header><h1>Jordan Example</h1><p>Social media manager</p>
        <nav><a href="#campaigns">Jump</a></nav><button>Not printed</button></header>
      <main>${section("campaigns", "Campaign results")}${section("samples", "Content samples")}${section("skills", "Skills and tools")}</main>
      <img src="/api/views?h=jordan" alt="" width="1" height="1">
      <img src="${otherOrigin}/tracker.png" alt="" width="1" height="1">
    </div></body></html>`;
}

beforeAll(async () => {
  elsewhere = await listen(() => ({ status: 200, type: "text/plain", body: "elsewhere" }));
  app = await listen((url) => {
    if (url === "/jordan") return { status: 200, type: "text/html; charset=utf-8", body: page(elsewhere.origin) };
    return { status: 404, type: "text/plain", body: "missing" };
  });
});

afterAll(async () => {
  await closeBrowser();
  app?.server.close();
  elsewhere?.server.close();
});

describe("printToPdf", () => {
  it("prints the profile and the sections flowing on, links as their text, the footer on every page", async () => {
    // Issue #15: sections flow instead of each starting a page (a short portfolio is one page), links
    // print as their words (clickable, pointing at the public origin), and every page names the public address.
    const bytes = await printToPdf({
      url: `${app.origin}/jordan`,
      linkOrigin: "https://postfolio.example",
      footer: "Jordan Example — portfolio online: postfolio.example/jordan",
    });
    expect(isPdf(bytes)).toBe(true);
    const pages = await pdfPageTexts(bytes);
    expect(pages).toHaveLength(1);
    const text = pages[0]!;
    const order = ["Jordan Example", "Campaign results", "Content samples", "Skills and tools"].map((words) => text.indexOf(words));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Buttons and navigation are not printed; links print as their text, not as raw addresses.
    expect(text).not.toContain("Not printed");
    expect(text).not.toContain("Jump");
    expect(text).toContain("More");
    expect(text).not.toContain("postfolio.example/jordan/campaigns");
    expect(text).toContain("Jordan Example — portfolio online: postfolio.example/jordan");
    expect(text).toMatch(/1 \/ 1/);
    // The link itself still goes to the public address (the PDF's link annotation).
    expect(Buffer.from(bytes).toString("latin1")).toContain("https://postfolio.example/jordan/campaigns");
  }, 60_000);

  it("sends the cookie only to the app's origin and never calls the view beacon or another origin", async () => {
    const before = { app: app.seen.length, elsewhere: elsewhere.seen.length };
    await printToPdf({ url: `${app.origin}/jordan`, cookie: "next-auth.session-token=owner-session" });
    const requests = app.seen.slice(before.app);
    expect(requests.map((request) => request.url)).toContain("/jordan");
    expect(requests.every((request) => request.headers.cookie === "next-auth.session-token=owner-session")).toBe(true);
    expect(requests.some((request) => request.url.startsWith("/api/views"))).toBe(false);
    expect(elsewhere.seen.length).toBe(before.elsewhere);
  }, 60_000);

  it("refuses to print a page that does not answer 200", async () => {
    await expect(printToPdf({ url: `${app.origin}/missing` })).rejects.toBeInstanceOf(PrintTargetError);
  }, 60_000);
});
