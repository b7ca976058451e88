// The largest request body a server action accepts. Sized for the largest
// legitimate form, with room to spare: a calendar CSV import (1 MB of text,
// JSON-escaped on the way) or a 50,000-character document body (at most 150 kB
// of UTF-8) plus the rest of its form. Uploads do not count: files go to
// /api/media, which has its own limits. Shared by next.config.ts (Next's own
// check), proxy.ts (a clear 413 page before Next's 500) and the client's
// callAction (refuses before sending).

import { escapeHtml, statusPageHtml } from "./status-page";

export const SERVER_ACTION_BODY_LIMIT_MB = 2;
export const SERVER_ACTION_BODY_LIMIT_BYTES = SERVER_ACTION_BODY_LIMIT_MB * 1024 * 1024;

/** True for a request the proxy must refuse: a POST to a page (where server actions run) with a body over the limit. */
export function isOversizedActionPost(request: { method: string; pathname: string; contentLength: string | null }): boolean {
  if (request.method !== "POST" || request.pathname.startsWith("/api/")) return false;
  const length = Number(request.contentLength ?? "");
  return Number.isFinite(length) && length > SERVER_ACTION_BODY_LIMIT_BYTES;
}

export type TooLargePageText = { lang: string; title: string; body: string; back: string };

/** The 413 page a form without JavaScript lands on: self-contained, with a way back. */
export function tooLargeResponse(text: TooLargePageText, backHref: string): Response {
  const main = `<h1>${escapeHtml(text.title)}</h1>
<p>${escapeHtml(text.body)}</p>
<a href="${escapeHtml(backHref)}">${escapeHtml(text.back)}</a>`;
  const html = statusPageHtml({ lang: text.lang, title: text.title, main });
  return new Response(html, {
    status: 413,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex, nofollow", Connection: "close" },
  });
}
