import { useLocale, useTranslations } from "next-intl";
import { formatDay, formatMonth, formatShortDay, formatYear } from "@/lib/date-formats";
import { defaultBox, lineGeometry, type Point, type TickUnit } from "./geometry";

const tickFormat: Record<TickUnit, (iso: string, locale: string) => string> = {
  day: formatShortDay,
  month: formatMonth,
  year: formatYear,
};

type LineChartProps = {
  /** What is plotted, e.g. "Followers". */
  title: string;
  points: Point[];
  format: (value: number) => string;
  compact: (value: number) => string;
};

/**
 * A time series as a server-rendered SVG line chart. The SVG is decorative
 * for assistive technology: the same numbers are in a table in the figure.
 */
export function LineChart({ title, points, format, compact }: LineChartProps) {
  const t = useTranslations("publicPage.charts");
  const locale = useLocale();
  const geometry = lineGeometry(points);
  if (!geometry) return null;
  const { width, height } = defaultBox;
  const first = geometry.dots[0]!;
  const last = geometry.dots[geometry.dots.length - 1]!;
  return (
    <figure className="grid gap-2 break-inside-avoid" data-chart="line">
      <figcaption className="text-sm">
        <span className="font-medium">{t("seriesTitle", { metric: title })}</span>{" "}
        <span className="text-muted">
          {t("seriesSummary", {
            from: format(first.value),
            to: format(last.value),
            start: formatDay(first.date, locale),
            end: formatDay(last.date, locale),
          })}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full overflow-visible text-muted" aria-hidden="true" focusable="false">
        {geometry.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={geometry.plot.left} x2={geometry.plot.right} y1={tick.y} y2={tick.y} className="stroke-border" strokeWidth={1} />
            <text x={geometry.plot.left - 8} y={tick.y} dy="0.32em" textAnchor="end" className="fill-current text-[13px] tabular">
              {compact(tick.value)}
            </text>
          </g>
        ))}
        {geometry.xTicks.map((tick) => (
          <text key={tick.date} x={tick.x} y={height - 6} textAnchor="middle" className="fill-current text-[13px]">
            {tickFormat[geometry.xTickUnit](tick.date, locale)}
          </text>
        ))}
        <path d={geometry.area} className="fill-accent opacity-10" />
        <path d={geometry.line} className="fill-none stroke-accent" strokeWidth={2.5} strokeLinejoin="round" strokeLinecap="round" />
        {geometry.dots.map((dot) => (
          <circle key={dot.date} cx={dot.x} cy={dot.y} r={3} className="fill-bg stroke-accent" strokeWidth={2} />
        ))}
      </svg>
      <table className="sr-only">
        <caption>{t("seriesTitle", { metric: title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("date")}</th>
            <th scope="col">{title}</th>
          </tr>
        </thead>
        <tbody>
          {geometry.dots.map((dot) => (
            <tr key={dot.date}>
              <th scope="row">{formatDay(dot.date, locale)}</th>
              <td>{format(dot.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
