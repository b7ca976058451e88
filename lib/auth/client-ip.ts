import { env } from "@/lib/env";

/**
 * The caller's IP for per-IP rate limits. Each proxy appends the address it
 * saw to X-Forwarded-For, and anything to the left of what our own proxies
 * wrote came from the client and can be made up: so the client is the entry
 * `hops` from the right (TRUSTED_PROXY_HOPS, default 1: one proxy, or Next's
 * own server, which sets the header to the socket's address when it is absent).
 */
export function clientIp(headers: Record<string, unknown> | Headers, hops = env().TRUSTED_PROXY_HOPS): string {
  const get = (name: string) =>
    headers instanceof Headers ? headers.get(name) : ((headers[name] as string | undefined) ?? null);
  const forwarded = (get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const ip = forwarded.length > 0 ? forwarded[Math.max(0, forwarded.length - hops)] : get("x-real-ip")?.trim();
  return ip || "unknown";
}
