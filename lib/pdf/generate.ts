import "server-only";
import { LruCache } from "./lru";
import { createQueue } from "./queue";
import { printToPdf, type PrintTarget } from "./render";

// One Chromium page at a time (the server has 2 cores), a few waiting at most;
// the last few PDFs stay in memory, keyed by what they were printed from.
const queue = createQueue({ concurrency: 1, maxWaiting: 4 });
const cache = new LruCache<Uint8Array>(8, 40 * 1024 * 1024, (bytes) => bytes.byteLength);
const inFlight = new Map<string, Promise<Uint8Array>>();

/**
 * The PDF for `key` (lib/pdf/keys.ts `pdfCacheKey`): from memory when the
 * printed view is unchanged, else printed from `target`. Concurrent requests
 * for the same key share one print.
 */
export function portfolioPdf(key: string, target: PrintTarget): Promise<Uint8Array> {
  const cached = cache.get(key);
  if (cached) return Promise.resolve(cached);
  const running = inFlight.get(key);
  if (running) return running;
  const job = queue
    .run(() => printToPdf(target))
    .then((bytes) => {
      cache.set(key, bytes);
      return bytes;
    })
    .finally(() => inFlight.delete(key));
  inFlight.set(key, job);
  return job;
}
