export const DEFAULT_AFTER_SIGN_IN = "/dashboard";

const origin = "http://postfolio.invalid";

/**
 * Where to go after signing in: only a same-origin relative path is honoured
 * ("/settings?tab=1"), never "//evil.com", "/\\evil.com", an absolute URL or
 * the auth pages themselves; anything else falls back.
 */
export function safeNextPath(value: unknown, fallback = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Control characters and backslashes let browsers reinterpret the path as a host.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin) return fallback;
  if (url.pathname === "/login" || url.pathname === "/signup" || url.pathname.startsWith("/api/")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
