import { IconSprite } from "@/components/ui/sprite-icon";
import type { ThemeName } from "@/lib/public/themes";
import { themeVariables } from "@/lib/public/themes";

// Headings follow the theme's font; print (and the server's PDF, lib/pdf) is
// black on white on A4, a résumé of 2–4 pages: the profile and the featured
// strip on page 1, then the sections flowing one after another (no page per
// section), a page break only where a card would otherwise split; no
// navigation, buttons, forms, charts or month grids (their numbers are in the
// tables and counts beside them); links print as their text (the PDF keeps
// them clickable) and the footer names the page's public address.
// Chromium fragments CSS grid badly across pages (a blank page before a
// section that breaks inside a grid, figures drawn over each other), so on
// paper the page and its stacked cards flow as blocks, and card rows wrap as flex.
// Density on paper (issue #15, demo 7 → 4 pages): rem scaled down for print only,
// result cards four to a row, samples three with small images, the case-study
// story and experience in two columns, certifications four to a row.
export const publicPageCss = `
[data-public-page] :is(h1,h2,h3,h4){font-family:var(--font-heading)}
@page{size:A4;margin:14mm 13mm 16mm}
@media print{
  [data-public-page]{--color-bg:#fff!important;--color-surface:#fff!important;--color-border:#9ca3af!important;--color-fg:#000!important;--color-muted:#333!important;--color-accent:#000!important;--color-accent-fg:#fff!important;--color-accent-soft:#fff!important;--color-success:#000!important;--color-danger:#000!important;--color-warning:#000!important;background:#fff!important;color:#000!important;font-size:9.5pt}
  [data-public-page] nav,[data-public-page] button,[data-public-page] [data-print-hide]{display:none!important}
  [data-public-page] form,[data-public-page] figure[data-chart],[data-public-page] [data-section=calendars] :is(table,ul){display:none!important}
  [data-public-page] header>div{padding-top:0!important;padding-bottom:.75rem!important}
  [data-public-page] [data-featured]>div{padding:.75rem 0!important;display:flex!important;flex-direction:column;gap:.5rem}
  [data-public-page] [data-featured] ul,[data-public-page] footer #contact{display:none!important}
  [data-public-page] [data-featured] dl{display:flex!important;gap:.5rem}
  [data-public-page] [data-featured] dl>div{flex:1}
  [data-public-page] a{text-decoration:none!important}
  [data-public-page] article,[data-public-page] figure,[data-public-page] tr,[data-public-page] li,[data-public-page] [data-result],[data-public-page] [data-kpi]{break-inside:avoid}
  [data-public-page] :is(h2,h3,h4){break-after:avoid}
  [data-public-page] main{display:block!important;padding-top:.5rem!important;padding-bottom:0!important}
  [data-public-page] main>section{display:block!important;margin-bottom:1.25rem}
  [data-public-page] main>section>h2{font-size:1.25rem;margin-bottom:.5rem}
  [data-public-page] [data-section] article.grid{display:block!important;padding:.75rem!important}
  [data-public-page] [data-section] article.grid>*+*{margin-top:.6rem}
  [data-public-page] [data-section] :is(.grid:not(article)){gap:.5rem!important}
  [data-public-page] [data-section] dl.grid{display:flex!important;flex-wrap:wrap}
  [data-public-page] [data-section] dl.grid>*{flex:1 1 30%}
  [data-public-page] [data-samples] ul{display:flex!important;flex-wrap:wrap;gap:.5rem}
  [data-public-page] [data-samples] ul>li{width:calc(33.3% - .34rem)}
  [data-public-page] [data-samples] article img{height:20mm;max-height:20mm;width:100%;object-fit:cover}
  [data-public-page] [data-samples] [data-carousel]>span{display:none}
  [data-public-page] [data-samples] article>div{padding:.4rem!important;gap:.25rem!important}
  [data-public-page] [data-samples] article p.line-clamp-3{display:none}
  [data-public-page] :is([data-section=campaigns],[data-section=caseStudies]) article{break-inside:auto!important}
  [data-public-page] [data-section] :is(.text-3xl){font-size:1.4rem!important;line-height:1.2}
  [data-public-page] [data-section] [data-result]{padding:.4rem .5rem!important}
  [data-public-page] [data-print-story] :is(p,li){break-inside:avoid}
  [data-public-page] footer>div{padding-top:.75rem!important;padding-bottom:0!important}
  html{font-size:11px!important}
  [data-public-page]{font-size:8.5pt!important;line-height:1.35}
  [data-public-page] main>section{margin-bottom:.9rem}
  [data-public-page] main>section>h2{font-size:1.15rem;margin-bottom:.35rem}
  [data-public-page] [data-section] :is(.gap-6,.gap-5,.gap-4){gap:.5rem!important}
  [data-public-page] [data-section] article.grid{padding:.6rem!important}
  [data-public-page] [data-section] article.grid>*+*{margin-top:.45rem}
  [data-public-page] [data-section] dl.grid>[data-result]{flex:1 1 22%;min-width:22%}
  [data-public-page] [data-section] dl.grid>[data-kpi]{flex:1 1 22%;min-width:22%}
  [data-public-page] [data-section] [data-result]{gap:0!important;padding:.35rem .45rem!important}
  [data-public-page] [data-section] :is(.text-3xl){font-size:1.25rem!important}
  [data-public-page] [data-samples] article img{height:16mm;max-height:16mm}
  [data-public-page] [data-samples] article dl.grid{display:grid!important;grid-template-columns:repeat(3,minmax(0,1fr));gap:.15rem .3rem!important;padding-top:.3rem!important}
  [data-public-page] [data-samples] [data-formula]{font-size:.65rem!important}
  [data-public-page] [data-print-story]{column-count:2;column-gap:1.25rem}
  [data-public-page] [data-print-story] :is(h4,h5){break-after:avoid}
  [data-public-page] [data-section=experience] ol{display:block!important;column-count:2;column-gap:1.5rem;padding-left:0!important;border-left:0!important}
  [data-public-page] [data-section=experience] ol>li{margin-bottom:.5rem;padding-left:.9rem}
  [data-public-page] [data-section=experience] ol>li>span{left:0!important;top:.3rem!important;width:.4rem!important;height:.4rem!important}
  [data-public-page] [data-section=certifications] ul.grid{display:flex!important;flex-wrap:wrap;gap:.4rem!important}
  [data-public-page] [data-section=certifications] ul.grid>li{width:calc(25% - .3rem)}
  [data-public-page] [data-section=certifications] li>*{padding:.4rem!important}
  [data-public-page] [data-section=skills] li{padding:.1rem .4rem!important}
  [data-public-page] [data-section=skills] ul{gap:.25rem!important}
}`;

type PublicFrameProps = {
  theme: ThemeName;
  accentColor: string;
  /** The "skip to content" link's text (to `#main`); none on a page embedded in the dashboard's preview. */
  skipLabel?: string;
  /** Above the page, say the preview's banner. */
  banner?: React.ReactNode;
  children: React.ReactNode;
};

/** The themed wrapper of every visitor-facing page: the theme's tokens as CSS variables, accent adjusted for contrast. */
export function PublicFrame({ theme, accentColor, skipLabel, banner, children }: PublicFrameProps) {
  return (
    <div data-public-page="" data-theme={theme.toLowerCase()} style={themeVariables(theme, accentColor) as React.CSSProperties} className="min-h-screen bg-bg text-fg">
      <style>{publicPageCss}</style>
      <IconSprite />
      {skipLabel && (
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-4 focus:left-4 focus:z-50 focus:rounded-md focus:bg-bg focus:px-3 focus:py-2 focus:text-fg"
        >
          {skipLabel}
        </a>
      )}
      {banner}
      {children}
    </div>
  );
}
