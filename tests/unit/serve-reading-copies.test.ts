// scripts/serve/reading-copies.ts on a real HTTP server: a stand-in for Next
// answers like a full-route cache hit, and the test counts how often the
// stand-in was asked (copies answer in between) and what a client received.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createReadingCopies, type ReadingCopies } from "../../scripts/serve/reading-copies";

type Answer = { status?: number; cache?: string; cacheControl?: string; cookie?: boolean; body?: string };

async function start(copies: ReadingCopies, answer: () => Answer) {
  let asked = 0;
  const next = (request: IncomingMessage, response: ServerResponse) => {
    asked++;
    const { status = 200, cache = "HIT", cacheControl = "public, max-age=0, s-maxage=1, must-revalidate", cookie, body = `page ${asked}` } = answer();
    response.statusCode = status;
    response.setHeader("x-nextjs-cache", cache);
    response.setHeader("cache-control", cacheControl);
    response.setHeader("content-type", "text/html; charset=utf-8");
    if (cookie) response.setHeader("set-cookie", "a=b");
    // As Next does: headers flushed first, the body in pieces, then end.
    response.flushHeaders();
    response.write(body.slice(0, 3));
    response.end(body.slice(3));
  };
  const server = createServer((request, response) => {
    if (copies.serve(request, response)) return;
    copies.capture(request, response);
    next(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, asked: () => asked, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const open: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const server of open.splice(0)) await server.close();
});

describe("reading copies", () => {
  it("answers a cached page from its copy, whole, with the headers Next gave and a Content-Length", async () => {
    let clock = 0;
    const copies = createReadingCopies({ ttlMs: 1000, now: () => clock });
    const app = await start(copies, () => ({}));
    open.push(app);
    const first = await fetch(`${app.base}/demo`);
    expect(await first.text()).toBe("page 1");
    const second = await fetch(`${app.base}/demo`);
    expect(await second.text()).toBe("page 1");
    expect(app.asked()).toBe(1);
    expect(second.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(second.headers.get("content-length")).toBe("6");
    expect(second.headers.get("transfer-encoding")).toBeNull();
    // A second later the copy is stale: Next is asked again.
    clock = 1000;
    expect(await (await fetch(`${app.base}/demo`)).text()).toBe("page 2");
    expect(app.asked()).toBe(2);
  });

  it("forgets every copy when an owner's change expires a page", async () => {
    const copies = createReadingCopies({ ttlMs: 60_000 });
    const app = await start(copies, () => ({}));
    open.push(app);
    await (await fetch(`${app.base}/demo`)).text();
    await (await fetch(`${app.base}/other`)).text();
    expect(copies.size).toBe(2);
    copies.forget();
    expect(copies.size).toBe(0);
    expect(await (await fetch(`${app.base}/demo`)).text()).toBe("page 3");
  });

  it("keeps no copy of what started before a forget (it may hold the page as it was)", async () => {
    const copies = createReadingCopies({ ttlMs: 60_000 });
    let release: () => void = () => {};
    const writing = new Promise<void>((resolve) => {
      const server = createServer((request, response) => {
        if (copies.serve(request, response)) return;
        copies.capture(request, response);
        response.setHeader("x-nextjs-cache", "HIT");
        response.setHeader("cache-control", "public, s-maxage=1");
        response.write("old ");
        release = () => response.end("page");
        resolve();
      });
      server.listen(0, "127.0.0.1", () => {
        open.push({ close: () => new Promise<void>((done) => server.close(() => done())) });
        pending = fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/demo`);
      });
    });
    let pending: Promise<Response> | undefined;
    await writing;
    // The owner's change lands while Next is still sending the page as it was.
    copies.forget();
    release();
    expect(await (await pending!).text()).toBe("old page");
    expect(copies.size).toBe(0);
  });

  it("copies only public cache hits with status 200 and no cookie", async () => {
    const answers: Answer[] = [{ cache: "MISS" }, { status: 404 }, { cacheControl: "private, no-store" }, { cookie: true }];
    const copies = createReadingCopies();
    let index = 0;
    const app = await start(copies, () => answers[index++] ?? {});
    open.push(app);
    for (let i = 0; i < answers.length; i++) await (await fetch(`${app.base}/demo`)).text();
    expect(copies.size).toBe(0);
    expect(app.asked()).toBe(4);
  });

  it("keys by Accept-Encoding and leaves App Router navigations and non-GET requests to Next", async () => {
    const copies = createReadingCopies();
    const app = await start(copies, () => ({}));
    open.push(app);
    await (await fetch(`${app.base}/demo`, { headers: { "accept-encoding": "gzip" } })).text();
    await (await fetch(`${app.base}/demo`, { headers: { "accept-encoding": "identity" } })).text();
    expect(copies.size).toBe(2);
    await (await fetch(`${app.base}/demo`, { headers: { "accept-encoding": "gzip", rsc: "1" } })).text();
    await (await fetch(`${app.base}/demo`, { method: "HEAD", headers: { "accept-encoding": "gzip" } })).text();
    expect(app.asked()).toBe(4);
  });

  it("drops the oldest copies past its byte budget", async () => {
    const copies = createReadingCopies({ maxBytes: 20 });
    const app = await start(copies, () => ({ body: "0123456789" }));
    open.push(app);
    for (const path of ["/a", "/b", "/c"]) await (await fetch(`${app.base}${path}`)).text();
    expect(copies.size).toBe(2);
    await (await fetch(`${app.base}/a`)).text();
    expect(app.asked()).toBe(4);
  });
});
