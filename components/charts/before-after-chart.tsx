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
                <Bar scale={width} length={widths.before} fill="fill-muted" textClassName="text-muted">
                  {t("before")} {row.beforeText}
                </Bar>
                <Bar scale={width} length={widths.after} fill="fill-accent" textClassName="font-medium">
                  {t("after")} {row.afterText}
                  {row.growthText && <span className="text-muted"> ({row.growthText})</span>}
                </Bar>
              </dd>
            </div>
          );
        })}
      </dl>
    </figure>
  );
}

/** One bar (at least 1 unit long, on a `scale`-wide axis) with its number as text beside it. */
function Bar({
  scale,
  length,
  fill,
  textClassName,
  children,
}: {
  scale: number;
  length: number;
  fill: string;
  textClassName: string;
  children: React.ReactNode;
}) {
  return (
    <div className="flex items-center gap-2">
      <svg viewBox={`0 0 ${scale} 10`} preserveAspectRatio="none" className="h-2.5 w-full max-w-60" aria-hidden="true" focusable="false">
        <rect width={Math.max(length, 1)} height={10} rx={3} className={fill} />
      </svg>
      <span className={`shrink-0 text-xs ${textClassName} tabular`}>{children}</span>
    </div>
  );
}
