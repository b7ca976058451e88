import "server-only";
import { cacheStatus, type CacheStatus } from "@/lib/cache/status";
import { databaseReachable } from "@/lib/db/health";
import { storage } from "@/lib/storage";

export type Readiness = {
  status: "ok" | "degraded" | "unavailable";
  database: boolean;
  storage: boolean;
  cache: CacheStatus;
};

async function storageReachable(timeoutMs = 3000): Promise<boolean> {
  try {
    const store = storage();
    if (!store.ping) return true;
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs));
    await Promise.race([store.ping(), timeout]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether this instance can serve: the database and upload storage are
 * required ("unavailable", 503: the load balancer should send requests
 * elsewhere); a cache that is down only makes it slower ("degraded", 200).
 */
export async function readiness(): Promise<Readiness> {
  const [database, storageOk, cache] = await Promise.all([databaseReachable(), storageReachable(), cacheStatus()]);
  const status = !database || !storageOk ? "unavailable" : cache === "degraded" ? "degraded" : "ok";
  return { status, database, storage: storageOk, cache };
}
