/** The caller's IP as the proxy in front of the app reports it (first hop). */
export function clientIp(headers: Record<string, unknown> | Headers): string {
  const get = (name: string) =>
    headers instanceof Headers ? headers.get(name) : ((headers[name] as string | undefined) ?? null);
  const forwarded = get("x-forwarded-for");
  return (forwarded?.split(",")[0] ?? get("x-real-ip") ?? "unknown").trim() || "unknown";
}
