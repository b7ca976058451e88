// Pure parts of the shared (Redis) cache handler: how an entry is written as
// text, and when a tag invalidation makes an entry unusable. No I/O, unit-tested.

/** A tag's invalidation times (ms since epoch), as Next's own tags manifest keeps them. */
export type TagState = { stale?: number; expired?: number };

/** What Next passes to `revalidateTag`'s second argument (`{ expire: 0 }` in our mutations). */
export type TagDurations = { expire?: number };

/**
 * The state a tag gets from `revalidateTag(tag, durations)` at `now`, mirroring
 * Next's FileSystemCache: without durations the tag expires at once; with them
 * it is stale now and expires `expire` seconds later.
 */
export function revalidatedTagState(previous: TagState, now: number, durations?: TagDurations): TagState {
  if (!durations) return { ...previous, expired: now };
  return { ...previous, stale: now, ...(durations.expire !== undefined ? { expired: now + durations.expire * 1000 } : {}) };
}

/**
 * "expired": an invalidation reached the tag after the entry was written (and
 * that expiry has come): the entry must not be served. "stale": serve it once
 * more and render again in the background. "fresh": nothing happened.
 */
export function entryFreshness(tagStates: (TagState | null | undefined)[], lastModified: number, now: number): "fresh" | "stale" | "expired" {
  let stale = false;
  for (const state of tagStates) {
    if (!state) continue;
    if (typeof state.expired === "number" && state.expired > lastModified && state.expired <= now) return "expired";
    if (typeof state.stale === "number" && state.stale > lastModified) stale = true;
  }
  return stale ? "stale" : "fresh";
}

/** The tags a cached value carries: a rendered route's in its tags header, a data-cache entry's in the lookup. */
export function tagsOf(value: unknown, lookupTags: string[] = []): string[] {
  const headers = (value as { headers?: Record<string, unknown> } | null)?.headers;
  const header = headers?.["x-next-cache-tags"];
  const fromHeader = typeof header === "string" && header !== "" ? header.split(",") : [];
  const fromValue =
    (value as { kind?: string; tags?: unknown } | null)?.kind === "FETCH" && Array.isArray((value as { tags?: unknown }).tags)
      ? (value as { tags: string[] }).tags
      : [];
  return [...new Set([...fromHeader, ...fromValue, ...lookupTags])];
}

// Next's cached values hold Buffers (a route's body, RSC payloads) and Maps
// (segment data); JSON keeps neither, so both are tagged on the way out.
const BUFFER = "__pf_buffer";
const MAP = "__pf_map";

/** The entry as one string for Redis: Buffers as base64, Maps as entry lists. */
export function encodeEntry(entry: unknown): string {
  return JSON.stringify(entry, function replacer(this: Record<string, unknown>, key, value) {
    const raw = this[key];
    if (raw instanceof Uint8Array) return { [BUFFER]: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString("base64") };
    if (raw instanceof Map) return { [MAP]: [...raw.entries()] };
    return value;
  });
}

/** The inverse of encodeEntry. */
export function decodeEntry<T>(text: string): T {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      if (typeof value[BUFFER] === "string" && Object.keys(value).length === 1) return Buffer.from(value[BUFFER], "base64");
      if (Array.isArray(value[MAP]) && Object.keys(value).length === 1) return new Map(value[MAP]);
    }
    return value;
  }) as T;
}
