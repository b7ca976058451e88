import type { ThemeName } from "@/lib/public/themes";
import { themeVariables } from "@/lib/public/themes";

// Headings follow the theme's font; print is black on white with each section
// on a new page, no navigation or buttons, and link targets written out.
const css = `
[data-public-page] :is(h1,h2,h3,h4){font-family:var(--font-heading)}
@media print{
  [data-public-page]{--color-bg:#fff!important;--color-surface:#fff!important;--color-border:#9ca3af!important;--color-fg:#000!important;--color-muted:#333!important;--color-accent:#000!important;--color-accent-fg:#fff!important;--color-accent-soft:#fff!important;--color-success:#000!important;--color-danger:#000!important;--color-warning:#000!important;background:#fff!important;color:#000!important}
  [data-public-page] nav,[data-public-page] button,[data-public-page] [data-print-hide]{display:none!important}
  [data-public-page] [data-section]{break-before:page}
  [data-public-page] [data-section]:first-of-type{break-before:auto}
  [data-public-page] main a[href]:not([href^="#"])::after{content:" (" attr(href) ")";font-size:.8em;font-weight:400;word-break:break-all}
  [data-public-page] article,[data-public-page] figure{break-inside:avoid}
}`;

/** The themed wrapper of every visitor-facing page: the theme's tokens as CSS variables, accent adjusted for contrast. */
export function PublicFrame({ theme, accentColor, children }: { theme: ThemeName; accentColor: string; children: React.ReactNode }) {
  return (
    <div data-public-page="" data-theme={theme.toLowerCase()} style={themeVariables(theme, accentColor) as React.CSSProperties} className="min-h-screen bg-bg text-fg">
      <style>{css}</style>
      {children}
    </div>
  );
}
