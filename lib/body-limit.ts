// The largest request body a server action accepts. Sized for the largest
// legitimate form, with room to spare: a calendar CSV import (1 MB of text,
// JSON-escaped on the way) or a 50,000-character document body (at most 150 kB
// of UTF-8) plus the rest of its form. Uploads do not count: files go to
// /api/media, which has its own limits. Shared by next.config.ts (Next's own
// check), proxy.ts (a clear 413 page before Next's 500) and the client's
// callAction (refuses before sending).

export const SERVER_ACTION_BODY_LIMIT_MB = 2;
export const SERVER_ACTION_BODY_LIMIT_BYTES = SERVER_ACTION_BODY_LIMIT_MB * 1024 * 1024;

/** True for a request the proxy must refuse: a POST to a page (where server actions run) with a body over the limit. */
export function isOversizedActionPost(request: { method: string; pathname: string; contentLength: string | null }): boolean {
  if (request.method !== "POST" || request.pathname.startsWith("/api/")) return false;
  const length = Number(request.contentLength ?? "");
  return Number.isFinite(length) && length > SERVER_ACTION_BODY_LIMIT_BYTES;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char);
}

export type TooLargePageText = { lang: string; title: string; body: string; back: string };

/** The 413 page a form without JavaScript lands on: self-contained, with a way back. */
export function tooLargeResponse(text: TooLargePageText, backHref: string): Response {
  const t = { title: escapeHtml(text.title), body: escapeHtml(text.body), back: escapeHtml(text.back) };
  const html = `<!doctype html>
<html lang="${escapeHtml(text.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${t.title} · Postfolio</title>
<style>
:root{color-scheme:light dark;--bg:#fff;--fg:#18181b;--muted:#52525b;--border:#e4e4e7;--accent:#4338ca}
@media (prefers-color-scheme:dark){:root{--bg:#0b0b0e;--fg:#f4f4f5;--muted:#a1a1aa;--border:#2a2a31;--accent:#a5b4fc}}
body{margin:0;min-height:100vh;display:grid;place-items:center;padding:24px;background:var(--bg);color:var(--fg);font:16px/1.6 ui-sans-serif,system-ui,-apple-system,"Segoe UI",sans-serif}
main{max-width:28rem;text-align:center}
h1{font-size:1.375rem;line-height:1.3;margin:0 0 8px}
p{margin:0 0 24px;color:var(--muted)}
a{display:inline-flex;align-items:center;height:40px;padding:0 16px;border-radius:8px;border:1px solid var(--border);color:var(--fg);text-decoration:none;font-weight:500;font-size:14px}
a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
</style>
</head>
<body>
<main>
<h1>${t.title}</h1>
<p>${t.body}</p>
<a href="${escapeHtml(backHref)}">${t.back}</a>
</main>
</body>
</html>`;
  return new Response(html, {
    status: 413,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex, nofollow", Connection: "close" },
  });
}
