// scripts/serve/reading-copies.ts on a real HTTP server: a stand-in for Next
// answers like a full-route cache hit, and the test counts how often the
// stand-in was asked (copies answer in between) and what a client received.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { READING_COPY_HEADER as ROUTE_HEADER, readingCopyHeaders } from "@/lib/cache/reading-copies";
import { createReadingCopies, READING_COPY_HEADER, READING_COPY_TAGS_HEADER, type ReadingCopies } from "../../scripts/serve/reading-copies";

type Answer = { status?: number; cache?: string; cacheControl?: string; cookie?: boolean; body?: string; leave?: string; tags?: string };

async function start(copies: ReadingCopies, answer: () => Answer) {
  let asked = 0;
  const next = (request: IncomingMessage, response: ServerResponse) => {
    asked++;
    const {
      status = 200,
      cache = "HIT",
      cacheControl = "public, max-age=0, s-maxage=1, must-revalidate",
      cookie,
      body = `page ${asked}`,
      leave,
      tags,
    } = answer();
    response.statusCode = status;
    response.setHeader("x-nextjs-cache", cache);
    response.setHeader("cache-control", cacheControl);
    response.setHeader("content-type", "text/html; charset=utf-8");
    if (cookie) response.setHeader("set-cookie", "a=b");
    if (leave !== undefined) response.setHeader(READING_COPY_HEADER, leave);
    if (tags !== undefined) response.setHeader(READING_COPY_TAGS_HEADER, tags);
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

  it("copies a private page (a share link's) only when its route gives leave, for as long as it says, and never sends the leave", async () => {
    let clock = 0;
    const privatePage = { cache: "", cacheControl: "private, no-store" };
    const answers: Answer[] = [{ ...privatePage }, { ...privatePage, leave: "0" }, { ...privatePage, leave: "400" }, { ...privatePage, leave: "5000" }];
    const copies = createReadingCopies({ ttlMs: 1000, now: () => clock });
    let index = 0;
    const app = await start(copies, () => answers[index++] ?? {});
    open.push(app);
    // No leave, or a leave of 0 ms: Next answers every time.
    expect(await (await fetch(`${app.base}/s/a`)).text()).toBe("page 1");
    expect(await (await fetch(`${app.base}/s/a`)).text()).toBe("page 2");
    expect(copies.size).toBe(0);
    // Leave for 400 ms: the copy answers until then, with the page's own headers and without the leave.
    const leaving = await fetch(`${app.base}/s/a`);
    expect(leaving.headers.get(READING_COPY_HEADER)).toBeNull();
    expect(await leaving.text()).toBe("page 3");
    clock = 399;
    const copied = await fetch(`${app.base}/s/a`);
    expect(await copied.text()).toBe("page 3");
    expect(copied.headers.get("cache-control")).toBe("private, no-store");
    expect(copied.headers.get(READING_COPY_HEADER)).toBeNull();
    clock = 400;
    // A leave longer than the server's own second is cut to it.
    expect(await (await fetch(`${app.base}/s/a`)).text()).toBe("page 4");
    clock = 1399;
    expect(await (await fetch(`${app.base}/s/a`)).text()).toBe("page 4");
    clock = 1400;
    expect(await (await fetch(`${app.base}/s/a`)).text()).toBe("page 5");
    expect(app.asked()).toBe(5);
  });

  it("the route's leave is a second at most and ends with the link", () => {
    expect(ROUTE_HEADER).toBe(READING_COPY_HEADER);
    const now = new Date("2026-11-30T12:00:00Z");
    expect(readingCopyHeaders(null, now)).toEqual({ [READING_COPY_HEADER]: "1000" });
    expect(readingCopyHeaders(new Date(now.getTime() + 60_000), now)).toEqual({ [READING_COPY_HEADER]: "1000" });
    expect(readingCopyHeaders(new Date(now.getTime() + 250), now)).toEqual({ [READING_COPY_HEADER]: "250" });
    expect(readingCopyHeaders(new Date(now.getTime()), now)).toEqual({});
  });

  it("forgets only the copies whose page carries a tag the change expired (and those that named none)", async () => {
    const copies = createReadingCopies({ ttlMs: 60_000 });
    const tagsOf: Record<string, string | undefined> = { "/ana": "portfolio:a handle:ana", "/ben": "portfolio:b handle:ben", "/old": undefined };
    const server = await (async () => {
      // The stand-in names each page's tags as the reading routes do.
      let asked = 0;
      const httpServer = createServer((request, response) => {
        if (copies.serve(request, response)) return;
        copies.capture(request, response);
        asked++;
        response.setHeader("x-nextjs-cache", "HIT");
        response.setHeader("cache-control", "public, s-maxage=1");
        const tags = tagsOf[request.url ?? ""];
        if (tags) response.setHeader(READING_COPY_TAGS_HEADER, tags);
        response.end(`${request.url} ${asked}`);
      });
      await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
      open.push({ close: () => new Promise<void>((done) => httpServer.close(() => done())) });
      return `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    })();
    const read = async (path: string) => {
      const response = await fetch(`${server}${path}`);
      expect(response.headers.get(READING_COPY_TAGS_HEADER)).toBeNull();
      return response.text();
    };
    for (const path of ["/ana", "/ben", "/old"]) await read(path);
    expect(copies.size).toBe(3);
    // Ben saves: his page and the page that named no tags go; Ana's readers keep her copy.
    copies.forget(["portfolio:b"]);
    expect(copies.size).toBe(1);
    expect(await read("/ana")).toBe("/ana 1");
    expect(await read("/ben")).toBe("/ben 4");
    // A forget of everything (no tags) still empties the lot.
    copies.forget();
    expect(copies.size).toBe(0);
  });

  it("keeps a capture that started before another owner's change, drops one that started before its own", async () => {
    const copies = createReadingCopies({ ttlMs: 60_000 });
    const releases: (() => void)[] = [];
    const server = createServer((request, response) => {
      if (copies.serve(request, response)) return;
      copies.capture(request, response);
      response.setHeader("x-nextjs-cache", "HIT");
      response.setHeader("cache-control", "public, s-maxage=1");
      response.setHeader(READING_COPY_TAGS_HEADER, `portfolio:${request.url?.slice(1)}`);
      response.write("old ");
      releases.push(() => response.end("page"));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    open.push({ close: () => new Promise<void>((done) => server.close(() => done())) });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const pending = [fetch(`${base}/a`), fetch(`${base}/b`)];
    while (releases.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    // Owner b changes their page while both pages are still being sent as they were.
    copies.forget(["portfolio:b"]);
    for (const release of releases) release();
    for (const response of pending) expect(await (await response).text()).toBe("old page");
    expect(copies.size).toBe(1);
    expect(await (await fetch(`${base}/a`)).text()).toBe("old page");
  });
});
