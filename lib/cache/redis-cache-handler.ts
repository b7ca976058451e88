// Next's cache (rendered reading pages, `unstable_cache` data, optimized
// images) shared by every instance through Redis, so a write on one instance
// is seen by the next request on any other. next.config.ts names this file as
// `cacheHandler` only when REDIS_URL is set; without it Next keeps its own
// filesystem cache. Loaded by Next at run time in scripts/serve.ts's process
// (which runs under tsx, hence TypeScript works here).
//
// Why our own and not @fortedigital/nextjs-cache-handler: every release of it
// (2.x, 3.x) declares Node >= 22, and we run on Node 20. This is the part of
// it we need: entries as strings under one key each, tag invalidation times in
// one hash, checked on every read, and a Redis that is down is a cache miss.
import { readFileSync } from "node:fs";
import path from "node:path";
import Redis from "ioredis";
import type { CacheHandlerContext, CacheHandlerValue } from "next/dist/server/lib/incremental-cache";
import { decodeEntry, encodeEntry, entryFreshness, revalidatedTagState, tagsOf, type TagDurations, type TagState } from "./entries";

type Stored = { lastModified: number; value: CacheHandlerValue["value"]; cacheControl?: CacheHandlerValue["cacheControl"] };
type LookupContext = { kind?: string; tags?: string[]; softTags?: string[] };
type SetContext = { tags?: string[]; cacheControl?: CacheHandlerValue["cacheControl"] };

/** Entries outlive their revalidate time (served stale while re-rendering) but not forever. */
const ENTRY_TTL_SECONDS = 14 * 24 * 3600;

const shared = globalThis as unknown as { postfolioRedisCache?: { client: Redis; pendingTags: Map<string, TagState> } };

function connection() {
  const url = process.env.REDIS_URL;
  if (!url) return null;
  if (!shared.postfolioRedisCache) {
    const client = new Redis(url, {
      // Fail fast while Redis is down (a miss: the page renders from the database) instead of queueing requests.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: 1_000,
      connectTimeout: 2_000,
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    });
    const pendingTags = new Map<string, TagState>();
    client.on("error", () => {}); // reported by /api/health/ready; every call below already falls back
    // Invalidations that could not be written while Redis was away are written as soon as it is back.
    client.on("ready", () => {
      if (pendingTags.size === 0) return;
      const entries = [...pendingTags].flatMap(([tag, state]) => [tag, JSON.stringify(state)]);
      pendingTags.clear();
      void client.hset(keys().tags, ...entries).catch(() => {});
    });
    shared.postfolioRedisCache = { client, pendingTags };
  }
  return shared.postfolioRedisCache;
}

let prefix: { entries: string; tags: string } | undefined;
let buildId = "dev";

/** Entries are per build (a new deploy renders afresh); tag times are shared by every build. */
function keys() {
  const base = process.env.REDIS_KEY_PREFIX || "postfolio";
  prefix ??= { entries: `${base}:${buildId}:entry:`, tags: `${base}:tags` };
  return prefix;
}

async function tagStates(client: Redis, tags: string[]): Promise<(TagState | null)[]> {
  if (tags.length === 0) return [];
  const raw = await client.hmget(keys().tags, ...tags);
  return raw.map((text) => (text ? (JSON.parse(text) as TagState) : null));
}

export default class RedisCacheHandler {
  constructor(context: CacheHandlerContext) {
    if (!prefix && context.serverDistDir) {
      try {
        buildId = readFileSync(path.join(context.serverDistDir, "..", "BUILD_ID"), "utf8").trim();
      } catch {
        // next dev has no BUILD_ID: "dev".
      }
    }
  }

  async get(cacheKey: string, context: LookupContext): Promise<CacheHandlerValue | null> {
    const redis = connection();
    if (!redis || redis.client.status !== "ready") return null;
    try {
      const text = await redis.client.get(keys().entries + cacheKey);
      if (!text) return null;
      const entry = decodeEntry<Stored>(text);
      const lookupTags = context.kind === "FETCH" ? [...(context.tags ?? []), ...(context.softTags ?? [])] : [];
      const freshness = entryFreshness(await tagStates(redis.client, tagsOf(entry.value, lookupTags)), entry.lastModified, Date.now());
      if (freshness === "expired") return null;
      // A stale tag: an old lastModified makes Next serve this once and render again in the background.
      return { lastModified: freshness === "stale" ? 0 : entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
    } catch {
      return null;
    }
  }

  async set(cacheKey: string, value: CacheHandlerValue["value"], context: SetContext): Promise<void> {
    const redis = connection();
    if (!redis || redis.client.status !== "ready") return;
    try {
      const stored: Stored = { lastModified: Date.now(), value, cacheControl: context.cacheControl };
      await redis.client.set(keys().entries + cacheKey, encodeEntry(stored), "EX", ENTRY_TTL_SECONDS);
    } catch {
      // Not cached this time; the next request renders again.
    }
  }

  async revalidateTag(tags: string | string[], durations?: TagDurations): Promise<void> {
    const list = typeof tags === "string" ? [tags] : tags;
    const redis = connection();
    if (!redis || list.length === 0) return;
    const now = Date.now();
    let previous: (TagState | null)[] = [];
    try {
      if (redis.client.status === "ready") previous = await tagStates(redis.client, list);
    } catch {
      // Computed from nothing below: an invalidation only ever moves times forward.
    }
    const states = list.map((tag, index) => [tag, revalidatedTagState(previous[index] ?? redis.pendingTags.get(tag) ?? {}, now, durations)] as const);
    try {
      if (redis.client.status !== "ready") throw new Error("Redis is not connected");
      await redis.client.hset(keys().tags, ...states.flatMap(([tag, state]) => [tag, JSON.stringify(state)]));
    } catch {
      for (const [tag, state] of states) redis.pendingTags.set(tag, state);
    }
  }

  resetRequestCache(): void {}
}
