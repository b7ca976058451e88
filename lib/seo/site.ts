// The site's public address for absolute URLs in metadata, JSON-LD, the
// sitemap and preview cards. Read straight from the environment (not lib/env):
// metadata is also evaluated by `next build`, where production settings such
// as DATABASE_URL are absent. `npm start` always sets NEXTAUTH_URL.

export function siteUrl(): URL {
  const configured = process.env.NEXTAUTH_URL;
  try {
    if (configured) return new URL(new URL(configured).origin);
  } catch {
    // Malformed: lib/env reports it at startup; metadata falls back below.
  }
  return new URL(`http://localhost:${process.env.PORT ?? 3000}`);
}

/** "postfolio.example" (or "localhost:3000"): how an address is shown on a card. */
export function siteHost(): string {
  return siteUrl().host;
}

/** A path or URL made absolute on this site. */
export function absoluteUrl(pathOrUrl: string): string {
  return new URL(pathOrUrl, siteUrl()).toString();
}
