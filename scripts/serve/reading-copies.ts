// Copies of reading pages that Next answered from its full-route cache, kept
// in the server for up to a second and answered in one write (issue #16's
// "cached throughput"; the front cache of README "Deploy" does the same in
// nginx). A hit in Next still costs about twice a static file: its response
// pipeline wraps the cached Buffer in a WHATWG stream, flushes the headers on
// their own and frames the body in chunks. A copy here is a Map lookup and one
// `end(body)` with a Content-Length.
//
// Freshness: a copy is only taken of a 200 that Next itself served as a cache
// HIT, public, without Set-Cookie; it lives at most `ttlMs` (1 s, the same
// s-maxage nginx honours); and every owner change that expires a public page's
// tag forgets all copies at once (lib/cache/reading-copies.ts, called by the
// same helpers that call revalidateTag), again after the action's answer (by
// then Next has applied the expiry), and a copy taken by a request that
// started before a forget is thrown away. Only for one instance: with several
// (POSTFOLIO_INSTANCES > 1) another instance's change would not reach this
// process, so serve.ts does not use it there (nginx caches in front instead).
//
// Share-link pages are private (no shared cache may keep them) and checked per
// request, so Next never serves them as a public HIT. Their route says with
// `x-postfolio-reading-copy: <ms>` that this server may still keep a copy for
// that long (a second at most, never past the link's expiry); revoking a link
// forgets the copies like any owner change. The header never leaves the server.
//
// Which copies a change forgets: reading pages name their cache tags in
// `x-postfolio-copy-tags` (the owner's portfolio, the handle, the share link),
// and an owner's change forgets the copies that carry one of the tags it
// expires. A copy whose page named no tags goes with every change. So twenty
// editors saving their own portfolios leave the readers of /demo their copy.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

type Copy = { status: number; headers: OutgoingHttpHeaders; body: Buffer; storedAt: number; ttlMs: number; tags: readonly string[] };
type WriteArgs = Parameters<ServerResponse["write"]>;
type EndArgs = Parameters<ServerResponse["end"]>;

/** The global lib/cache/reading-copies.ts finds: Next's server code runs in this same process. */
export const READING_COPIES = Symbol.for("postfolio.readingCopies");

/** Request headers that make Next answer something else than the page (App Router navigations). */
const VARYING = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "range"];

/** lib/cache/reading-copies.ts READING_COPY_HEADER: a private page's leave to be copied for this many ms. */
export const READING_COPY_HEADER = "x-postfolio-reading-copy";
/** lib/cache/reading-copies.ts READING_COPY_TAGS_HEADER: the page's cache tags, space-separated. */
export const READING_COPY_TAGS_HEADER = "x-postfolio-copy-tags";

/** Past this many remembered tags, the memory of which tag was forgotten when is dropped for one forget of all. */
const REMEMBERED_TAGS = 10_000;

export type ReadingCopies = {
  /** Answers from a fresh copy; false when there is none (then call `capture` and hand the request to Next). */
  serve: (request: IncomingMessage, response: ServerResponse) => boolean;
  /** Watches Next's answer and keeps a copy when it may. */
  capture: (request: IncomingMessage, response: ServerResponse) => void;
  /** Forgets the copies that carry one of `tags` and those that named none; all of them without `tags`. */
  forget: (tags?: readonly string[]) => void;
  readonly size: number;
};

export function createReadingCopies({ ttlMs = 1000, maxBytes = 32 * 1024 * 1024, maxBodyBytes = 2 * 1024 * 1024, now = () => Date.now() } = {}): ReadingCopies {
  const copies = new Map<string, Copy>();
  let bytes = 0;
  // Every forget is one generation. A capture keeps its copy only if no forget since it started touched the page:
  // one of all (`allForgottenIn`), or one of any of its tags (`tagForgottenIn`); a page without tags, no forget at all.
  let generation = 0;
  let allForgottenIn = 0;
  const tagForgottenIn = new Map<string, number>();

  const keyOf = (request: IncomingMessage): string | undefined => {
    if (request.method !== "GET" || VARYING.some((name) => request.headers[name] !== undefined)) return undefined;
    // Next compresses by Accept-Encoding: the same header value gets the same bytes.
    return `${request.headers["accept-encoding"] ?? ""}\n${request.url ?? "/"}`;
  };
  const drop = (key: string) => {
    const copy = copies.get(key);
    if (!copy) return;
    bytes -= copy.body.length;
    copies.delete(key);
  };

  return {
    serve(request, response) {
      const key = keyOf(request);
      const copy = key ? copies.get(key) : undefined;
      if (!key || !copy) return false;
      if (now() - copy.storedAt >= copy.ttlMs) {
        drop(key);
        return false;
      }
      response.writeHead(copy.status, { ...copy.headers, "content-length": copy.body.length });
      response.end(copy.body);
      return true;
    },

    capture(request, response) {
      const key = keyOf(request);
      if (!key) return;
      const startedIn = generation;
      const chunks: Buffer[] = [];
      let size = 0;
      const keep = (chunk: unknown, encoding?: unknown) => {
        if (size > maxBodyBytes || chunk === undefined || chunk === null || typeof chunk === "function") return;
        const buffer = Buffer.isBuffer(chunk)
          ? chunk
          : typeof chunk === "string"
            ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
            : Buffer.from(chunk as Uint8Array);
        chunks.push(buffer);
        size += buffer.length;
      };
      const write = response.write;
      const end = response.end;
      const writeHead = response.writeHead;
      // Read and removed before the headers go out (Next flushes them through writeHead; a plain end() sends them there too).
      let leaveMs = 0;
      let tags: string[] = [];
      const takeCopyHeaders = () => {
        if (response.headersSent) return;
        const leave = response.getHeader(READING_COPY_HEADER);
        if (leave !== undefined) leaveMs = Math.min(ttlMs, Number(leave) || 0);
        const named = response.getHeader(READING_COPY_TAGS_HEADER);
        if (named !== undefined) tags = String(named).split(" ").filter(Boolean);
        response.removeHeader(READING_COPY_HEADER);
        response.removeHeader(READING_COPY_TAGS_HEADER);
      };
      response.writeHead = function (...args: Parameters<ServerResponse["writeHead"]>) {
        takeCopyHeaders();
        response.writeHead = writeHead;
        return (writeHead as (...a: Parameters<ServerResponse["writeHead"]>) => ServerResponse).apply(response, args);
      } as ServerResponse["writeHead"];
      response.write = function (...args: WriteArgs) {
        keep(args[0], args[1]);
        return write.apply(response, args);
      } as ServerResponse["write"];
      response.end = function (...args: EndArgs) {
        keep(args[0], args[1]);
        takeCopyHeaders();
        response.write = write;
        response.end = end;
        const headers = response.getHeaders();
        const cacheControl = String(headers["cache-control"] ?? "");
        const publicHit = headers["x-nextjs-cache"] === "HIT" && /\bpublic\b/.test(cacheControl);
        const untouched = tags.length
          ? allForgottenIn <= startedIn && tags.every((tag) => (tagForgottenIn.get(tag) ?? 0) <= startedIn)
          : startedIn === generation;
        const storable = untouched && response.statusCode === 200 && (publicHit || leaveMs > 0) && headers["set-cookie"] === undefined && size <= maxBodyBytes;
        if (storable) {
          const kept = { ...headers };
          for (const name of ["content-length", "transfer-encoding", "connection", "keep-alive"]) delete kept[name];
          drop(key);
          copies.set(key, { status: 200, headers: kept, body: Buffer.concat(chunks, size), storedAt: now(), ttlMs: publicHit ? ttlMs : leaveMs, tags });
          bytes += size;
          // Oldest first (a Map keeps insertion order).
          for (const oldest of copies.keys()) {
            if (bytes <= maxBytes) break;
            drop(oldest);
          }
        }
        return (end as (...a: EndArgs) => ServerResponse).apply(response, args);
      } as ServerResponse["end"];
    },

    forget(tags) {
      generation++;
      if (!tags || tagForgottenIn.size + tags.length > REMEMBERED_TAGS) {
        allForgottenIn = generation;
        tagForgottenIn.clear();
        copies.clear();
        bytes = 0;
        return;
      }
      for (const tag of tags) tagForgottenIn.set(tag, generation);
      for (const [key, copy] of copies) {
        if (!copy.tags.length || copy.tags.some((tag) => tags.includes(tag))) drop(key);
      }
    },

    get size() {
      return copies.size;
    },
  };
}
