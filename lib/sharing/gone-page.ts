// The "link no longer active" page, served with HTTP 410 by a route handler
// (a page can't set its status). Self-contained HTML with nothing of the
// portfolio in it — not even the owner's name.

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char);
}

export type GonePageText = { lang: string; title: string; body: string; home: string };

export function goneHtml(text: GonePageText): string {
  const t = { title: escapeHtml(text.title), body: escapeHtml(text.body), home: escapeHtml(text.home) };
  return `<!doctype html>
<html lang="${escapeHtml(text.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${t.title} · Postfolio</title>
<style>
:root{color-scheme:light dark;--bg:#fff;--fg:#18181b;--muted:#52525b;--border:#e4e4e7;--accent:#4338ca}
@media (prefers-color-scheme:dark){:root{--bg:#0b0b0e;--fg:#f4f4f5;--muted:#a1a1aa;--border:#2a2a31;--accent:#a5b4fc}}
*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:grid;place-items:center;padding:24px;background:var(--bg);color:var(--fg);font:16px/1.6 ui-sans-serif,system-ui,-apple-system,"Segoe UI",sans-serif}
main{max-width:28rem;text-align:center}
.icon{width:48px;height:48px;margin:0 auto 16px;border-radius:999px;display:grid;place-items:center;border:1px solid var(--border);color:var(--muted)}
h1{font-size:1.375rem;line-height:1.3;margin:0 0 8px;letter-spacing:-0.01em}
p{margin:0 0 24px;color:var(--muted)}
a{display:inline-flex;align-items:center;height:40px;padding:0 16px;border-radius:8px;border:1px solid var(--border);color:var(--fg);text-decoration:none;font-weight:500;font-size:14px}
a:hover{background:color-mix(in srgb,var(--fg) 5%,transparent)}
a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
</style>
</head>
<body>
<main>
<div class="icon" aria-hidden="true"><svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M9 17H7A5 5 0 0 1 7 7h2"/><path d="M15 7h2a5 5 0 0 1 4 8"/><line x1="8" y1="12" x2="12" y2="12"/><line x1="2" y1="2" x2="22" y2="22"/></svg></div>
<h1>${t.title}</h1>
<p>${t.body}</p>
<a href="/">${t.home}</a>
</main>
</body>
</html>`;
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
