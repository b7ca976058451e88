// The "link no longer active" page, served with HTTP 410 by a route handler
// (a page can't set its status). Self-contained HTML with nothing of the
// portfolio in it — not even the owner's name.

import { escapeHtml, statusPageHtml } from "@/lib/status-page";

const BROKEN_LINK_ICON = `<div class="icon" aria-hidden="true"><svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M9 17H7A5 5 0 0 1 7 7h2"/><path d="M15 7h2a5 5 0 0 1 4 8"/><line x1="8" y1="12" x2="12" y2="12"/><line x1="2" y1="2" x2="22" y2="22"/></svg></div>`;

const GONE_CSS = `*{box-sizing:border-box}
.icon{width:48px;height:48px;margin:0 auto 16px;border-radius:999px;display:grid;place-items:center;border:1px solid var(--border);color:var(--muted)}
h1{letter-spacing:-0.01em}
a:hover{background:color-mix(in srgb,var(--fg) 5%,transparent)}`;

export type GonePageText = { lang: string; title: string; body: string; home: string };

export function goneHtml(text: GonePageText): string {
  const main = `${BROKEN_LINK_ICON}
<h1>${escapeHtml(text.title)}</h1>
<p>${escapeHtml(text.body)}</p>
<a href="/">${escapeHtml(text.home)}</a>`;
  return statusPageHtml({ lang: text.lang, title: text.title, main, css: GONE_CSS });
}

/** The 410 response for a revoked or expired link. */
export function goneResponse(text: GonePageText): Response {
  return new Response(goneHtml(text), {
    status: 410,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Robots-Tag": "noindex, nofollow",
    },
  });
}
