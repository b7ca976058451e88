// Values kept in Next's data cache (unstable_cache) small enough to be kept.
// Next refuses a data-cache entry whose JSON is over 2 MB ("items over 2MB can
// not be cached", measured as JSON.stringify of the stored entry, in which the
// value is already a JSON string: every quote is escaped twice). The rendered
// HTML and the read model of a 1,000-item portfolio are over it, so such a page
// rendered from the database on every route-cache miss. Large values are stored
// gzipped (base64: no escaping); small ones as they are, at no extra cost on a hit.
import { gunzipSync, gzipSync } from "node:zlib";

/** Next's limit for one data-cache entry (lib/incremental-cache: `2 * 1024 * 1024` characters of JSON). */
export const DATA_CACHE_ITEM_LIMIT = 2 * 1024 * 1024;

/** Values whose JSON is at least this long are stored gzipped: far from the limit, and a few ms to unpack. */
export const PACK_THRESHOLD = 256 * 1024;

export type Packed<T> = { value: T } | { gzip: string };

/** `value` as it should go into unstable_cache (JSON-safe values only, as unstable_cache requires anyway). */
export function pack<T>(value: T): Packed<T> {
  const json = JSON.stringify(value) ?? "null";
  if (json.length < PACK_THRESHOLD) return { value };
  return { gzip: gzipSync(json).toString("base64") };
}

export function unpack<T>(packed: Packed<T>): T {
  if ("gzip" in packed) return JSON.parse(gunzipSync(Buffer.from(packed.gzip, "base64")).toString("utf8")) as T;
  return packed.value;
}

/** How long Next measures `value` when unstable_cache stores it (the entry's JSON, the value JSON-encoded inside it). */
export function dataCacheItemSize(value: unknown): number {
  return JSON.stringify({ kind: "FETCH", data: { headers: {}, body: JSON.stringify(value), status: 200, url: "" }, revalidate: 60 }).length;
}
