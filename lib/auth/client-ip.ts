import { env } from "@/lib/env";

/**
 * The X-Forwarded-For value the app's own server (scripts/serve.ts) hands to
 * Next, so that the header is one it can trust. Next's server keeps a client's
 * own header when there is one, so without this a client talking to the app
 * directly could name any address and reset every per-IP limit.
 * - `hops` 0 (no proxy in front): the socket's address replaces whatever the
 *   client sent.
 * - `hops` ≥ 1: the socket's address (the nearest proxy) is appended, as each
 *   proxy appends the address it saw; `clientIp` then skips `hops` entries.
 * One string operation per request, nothing else.
 */
export function trustedForwardedFor(sent: string | string[] | undefined, socketAddress: string | undefined, hops: number): string {
  const peer = normalizeAddress(socketAddress);
  if (hops <= 0 || !sent || sent.length === 0) return peer;
  return `${Array.isArray(sent) ? sent.join(", ") : sent}, ${peer}`;
}

/** "::ffff:203.0.113.7" (an IPv4 client on a dual-stack socket) → "203.0.113.7". */
function normalizeAddress(address: string | undefined): string {
  if (!address) return "unknown";
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

/**
 * The caller's IP for per-IP rate limits, from the X-Forwarded-For that
 * `trustedForwardedFor` wrote: its last entry is the socket's address, and each
 * trusted proxy in front (TRUSTED_PROXY_HOPS, default 0) adds one entry, so the
 * client is `hops` entries left of the last. Anything further left came from
 * the client and is ignored. x-real-ip is not read: a client can set it too.
 */
export function clientIp(headers: Record<string, unknown> | Headers, hops = env().TRUSTED_PROXY_HOPS): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const forwarded = (Array.isArray(raw) ? raw.join(",") : typeof raw === "string" ? raw : "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (forwarded.length === 0) return "unknown";
  return forwarded[Math.max(0, forwarded.length - 1 - hops)] || "unknown";
}
