import "server-only";
import Redis from "ioredis";
import { env } from "@/lib/env";

export type CacheStatus = "filesystem" | "ok" | "degraded";

type SharedCache = { postfolioRedisCache?: { client: Redis } };

/**
 * The shared cache as readers see it: "filesystem" without REDIS_URL (Next's
 * per-instance cache), "ok" when Redis answers, "degraded" when it does not —
 * pages then render from the database on every request, nothing else breaks.
 */
export async function cacheStatus(timeoutMs = 1000): Promise<CacheStatus> {
  const url = env().REDIS_URL;
  if (!url) return "filesystem";
  // The cache handler's own connection, once it has served a request; else a one-off PING.
  const handler = (globalThis as unknown as SharedCache).postfolioRedisCache?.client;
  if (handler) return handler.status === "ready" ? "ok" : "degraded";
  const probe = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    retryStrategy: () => null,
  });
  probe.on("error", () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === "PONG" ? "ok" : "degraded";
  } catch {
    return "degraded";
  } finally {
    probe.disconnect();
  }
}
