// The self-contained page a handler answers with where no app page can render (a 413 before Next runs, a 410 for
// a revoked share link): inline CSS in the site's colours, light and dark, nothing loaded from elsewhere, never indexed.

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char);
}

const baseCss = `:root{color-scheme:light dark;--bg:#fff;--fg:#18181b;--muted:#52525b;--border:#e4e4e7;--accent:#4338ca}
@media (prefers-color-scheme:dark){:root{--bg:#0b0b0e;--fg:#f4f4f5;--muted:#a1a1aa;--border:#2a2a31;--accent:#a5b4fc}}
body{margin:0;min-height:100vh;display:grid;place-items:center;padding:24px;background:var(--bg);color:var(--fg);font:16px/1.6 ui-sans-serif,system-ui,-apple-system,"Segoe UI",sans-serif}
main{max-width:28rem;text-align:center}
h1{font-size:1.375rem;line-height:1.3;margin:0 0 8px}
p{margin:0 0 24px;color:var(--muted)}
a{display:inline-flex;align-items:center;height:40px;padding:0 16px;border-radius:8px;border:1px solid var(--border);color:var(--fg);text-decoration:none;font-weight:500;font-size:14px}
a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}`;

/** The whole document: `title` and `lang` are plain text; `main` is the page's HTML, its text already escaped; `css` adds to the base styles. */
export function statusPageHtml({ lang, title, main, css = "" }: { lang: string; title: string; main: string; css?: string }): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)} · Postfolio</title>
<style>
${baseCss}${css ? `\n${css}` : ""}
</style>
</head>
<body>
<main>
${main}
</main>
</body>
</html>`;
}
