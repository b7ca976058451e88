import { headers } from "next/headers";

// The site's public origin, computed one way for metadata, the sitemap, preview
// cards, copied links, printed PDFs, mails and the sign-up origin check.
// NEXTAUTH_URL is read here rather than through lib/env: metadata is also
// evaluated by `next build`, where production settings such as DATABASE_URL are
// absent and env() would throw. lib/env still validates it at startup.

/** The origin of an absolute URL ("https://postfolio.example/x" → "https://postfolio.example"); null when empty or malformed. */
export function originOf(url: string | null | undefined): string | null {
  const trimmed = url?.trim();
  if (!trimmed) return null;
  try {
    return new URL(trimmed).origin;
  } catch {
    return null;
  }
}

/** The configured public origin (NEXTAUTH_URL), or null when none is set. */
export function configuredOrigin(): string | null {
  return originOf(process.env.NEXTAUTH_URL);
}

/** The public origin as a URL: the configured one, else this server on localhost. */
export function siteUrl(): URL {
  return new URL(configuredOrigin() ?? `http://localhost:${process.env.PORT || 3000}`);
}

/** "https://postfolio.example" (or "http://localhost:3000"), for links that leave the request: PDFs, mails. */
export function siteOrigin(): string {
  return siteUrl().origin;
}

/** "postfolio.example" (or "localhost:3000"): how an address is shown on a card. */
export function siteHost(): string {
  return siteUrl().host;
}

/** A path or URL made absolute on this site. */
export function absoluteUrl(pathOrUrl: string): string {
  return new URL(pathOrUrl, siteUrl()).toString();
}

/** The origin a request was made to, from its (possibly forwarded) Host header. */
export function originFromHeaders(list: Headers): string {
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost:3000";
  const proto = list.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https");
  return `${proto}://${host}`;
}

/** The origin for links people copy from a page: the configured one, else the one this request came to. */
export async function requestOrigin(): Promise<string> {
  return configuredOrigin() ?? originFromHeaders(await headers());
}
