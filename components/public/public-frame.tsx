import { IconSprite } from "@/components/ui/sprite-icon";
import type { ThemeName } from "@/lib/public/themes";
import { themeVariables } from "@/lib/public/themes";

// Headings follow the theme's font; print (and the server's PDF, lib/pdf) is
// black on white on A4: the profile on page 1, then each section from the top
// of a new page, no navigation, buttons or forms, and link targets written out.
// Chromium fragments CSS grid badly across pages (a blank page before a section
// that breaks inside a grid, figures drawn over each other), so on paper the
// page and its stacked cards flow as blocks; cards longer than a page
// (campaigns, case studies, calendars) may break rather than jump to the next.
export const publicPageCss = `
[data-public-page] :is(h1,h2,h3,h4){font-family:var(--font-heading)}
@page{size:A4;margin:16mm 14mm}
@media print{
  [data-public-page]{--color-bg:#fff!important;--color-surface:#fff!important;--color-border:#9ca3af!important;--color-fg:#000!important;--color-muted:#333!important;--color-accent:#000!important;--color-accent-fg:#fff!important;--color-accent-soft:#fff!important;--color-success:#000!important;--color-danger:#000!important;--color-warning:#000!important;background:#fff!important;color:#000!important}
  [data-public-page] nav,[data-public-page] button,[data-public-page] [data-print-hide]{display:none!important}
  [data-public-page] form{display:none!important}
  [data-public-page] [data-section]{break-before:page}
  [data-public-page] main a[href]:not([href^="#"])::after{content:" (" attr(href) ")";font-size:.8em;font-weight:400;word-break:break-all}
  [data-public-page] article,[data-public-page] figure,[data-public-page] tr{break-inside:avoid}
  [data-public-page] :is(h2,h3,h4){break-after:avoid}
  [data-public-page] main{display:block!important;padding-top:0!important}
  [data-public-page] [data-section] article.grid{display:block!important}
  [data-public-page] [data-section] article.grid>*+*{margin-top:1rem}
  [data-public-page] :is([data-section=campaigns],[data-section=caseStudies],[data-section=calendars]) article{break-inside:auto}
}`;

/** The themed wrapper of every visitor-facing page: the theme's tokens as CSS variables, accent adjusted for contrast. */
export function PublicFrame({ theme, accentColor, children }: { theme: ThemeName; accentColor: string; children: React.ReactNode }) {
  return (
    <div data-public-page="" data-theme={theme.toLowerCase()} style={themeVariables(theme, accentColor) as React.CSSProperties} className="min-h-screen bg-bg text-fg">
      <style>{publicPageCss}</style>
      <IconSprite />
      {children}
    </div>
  );
}
