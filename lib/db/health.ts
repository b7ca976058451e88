import "server-only";
import { db } from "./client";

/** True when the database answers a trivial query within the timeout. */
export async function databaseReachable(timeoutMs = 3000): Promise<boolean> {
  try {
    const ping = db().$queryRaw`SELECT 1`;
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs));
    await Promise.race([ping, timeout]);
    return true;
  } catch {
    return false;
  }
}
