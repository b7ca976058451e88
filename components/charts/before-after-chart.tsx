import { useTranslations } from "next-intl";
import { barPairWidths } from "./geometry";

export type BeforeAfterRow = { label: string; before: number; after: number; beforeText: string; afterText: string; growthText: string | null };

/**
 * Before → after for each result with a baseline: two bars per row on the
 * row's own scale, drawn as server-rendered SVG; the numbers are text beside them.
 */
export function BeforeAfterChart({ rows }: { rows: BeforeAfterRow[] }) {
  const t = useTranslations("publicPage.charts");
  if (rows.length === 0) return null;
  const width = 240;
  return (
    <figure className="grid gap-3 break-inside-avoid" data-chart="before-after">
      <figcaption className="text-sm font-medium">{t("beforeAfterTitle")}</figcaption>
      <dl className="grid gap-3">
        {rows.map((row) => {
          const widths = barPairWidths(row, width);
          return (
            <div key={row.label} className="grid gap-1 sm:grid-cols-[10rem_1fr] sm:items-center sm:gap-3">
              <dt className="text-sm text-muted">{row.label}</dt>
              <dd className="grid gap-1">
                <div className="flex items-center gap-2">
                  <svg viewBox={`0 0 ${width} 10`} preserveAspectRatio="none" className="h-2.5 w-full max-w-60" aria-hidden="true" focusable="false">
                    <rect width={Math.max(widths.before, 1)} height={10} rx={3} className="fill-muted" />
                  </svg>
                  <span className="shrink-0 text-xs text-muted tabular">
                    {t("before")} {row.beforeText}
                  </span>
                </div>
                <div className="flex items-center gap-2">
                  <svg viewBox={`0 0 ${width} 10`} preserveAspectRatio="none" className="h-2.5 w-full max-w-60" aria-hidden="true" focusable="false">
                    <rect width={Math.max(widths.after, 1)} height={10} rx={3} className="fill-accent" />
                  </svg>
                  <span className="shrink-0 text-xs font-medium tabular">
                    {t("after")} {row.afterText}
                    {row.growthText && <span className="text-muted"> ({row.growthText})</span>}
                  </span>
                </div>
              </dd>
            </div>
          );
        })}
      </dl>
    </figure>
  );
}
