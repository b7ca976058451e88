import { createHash } from "node:crypto";
import type { PublicPortfolio } from "@/lib/public/types";

/**
 * The PDF cache key: what the printed page is rendered from (the cached
 * PublicPortfolio view), the page printed (public, share link or owner) and the
 * day (certifications expire). Anything visible that changes changes the key;
 * edits to hidden items or confidential names do not reach the view, so they don't.
 */
export function pdfCacheKey({ portfolio, path, today }: { portfolio: PublicPortfolio; path: string; today: string }): string {
  return createHash("sha256")
    .update(JSON.stringify({ v: 3, path, today, portfolio }))
    .digest("base64url");
}

/** `<handle>-portfolio.pdf`, reduced to characters every browser and header parser accepts. */
export function pdfFilename(handle: string): string {
  const safe = handle
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64);
  return safe ? `${safe}-portfolio.pdf` : "portfolio.pdf";
}

/** Only the session cookies, as one Cookie header: what the owner's print page needs and nothing more. */
export function sessionCookieHeader(cookies: readonly { name: string; value: string }[]): string | undefined {
  const session = cookies.filter(({ name }) => /^(__Secure-)?next-auth\.session-token(\.\d+)?$/.test(name));
  return session.length ? session.map(({ name, value }) => `${name}=${value}`).join("; ") : undefined;
}
