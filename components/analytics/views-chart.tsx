import { getFormatter, getTranslations } from "next-intl/server";
import { scaleBand, scaleLinear } from "d3-scale";
import type { DailyPoint } from "@/lib/analytics/types";

const WIDTH = 720;
const HEIGHT = 200;
const PAD = { top: 12, right: 8, bottom: 24, left: 32 };

/** Views (bars) and unique visitors (line) per day, drawn on the server; a table carries the same numbers for screen readers. */
export async function ViewsChart({ days }: { days: DailyPoint[] }) {
  const t = await getTranslations("analytics");
  const format = await getFormatter();
  const max = Math.max(4, ...days.map((day) => day.views));
  const x = scaleBand<string>()
    .domain(days.map((day) => day.day))
    .range([PAD.left, WIDTH - PAD.right])
    .padding(0.25);
  const y = scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([HEIGHT - PAD.bottom, PAD.top]);
  const ticks = y.ticks(4).filter((tick) => Number.isInteger(tick));
  const center = (day: string) => (x(day) ?? 0) + x.bandwidth() / 2;
  const line = days.map((day, index) => `${index === 0 ? "M" : "L"}${center(day.day).toFixed(1)},${y(day.visitors).toFixed(1)}`).join(" ");
  const label = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { month: "short", day: "numeric", timeZone: "UTC" });
  const labelled = new Set([days[0]?.day, days[Math.floor(days.length / 2)]?.day, days.at(-1)?.day]);

  return (
    <figure className="grid gap-3">
      <figcaption className="flex flex-wrap items-center gap-4 text-xs text-muted">
        <span className="flex items-center gap-1.5">
          <span aria-hidden className="size-2.5 rounded-sm bg-accent/70" />
          {t("legendViews")}
        </span>
        <span className="flex items-center gap-1.5">
          <span aria-hidden className="h-0.5 w-4 rounded bg-success" />
          {t("legendVisitors")}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="img" aria-label={t("chartLabel")}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} className="stroke-border" strokeDasharray={tick === 0 ? undefined : "3 3"} />
            <text x={PAD.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" className="fill-muted text-[10px] tabular">
              {tick}
            </text>
          </g>
        ))}
        {days.map((day) => (
          <rect key={day.day} x={x(day.day)} y={y(day.views)} width={x.bandwidth()} height={Math.max(0, y(0) - y(day.views))} rx={2} className="fill-accent/70">
            <title>{`${label(day.day)}: ${t("views")} ${day.views}, ${t("visitors")} ${day.visitors}`}</title>
          </rect>
        ))}
        <path d={line} fill="none" className="stroke-success" strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" />
        {days.map((day) =>
          labelled.has(day.day) ? (
            <text key={day.day} x={center(day.day)} y={HEIGHT - 6} textAnchor="middle" className="fill-muted text-[10px]">
              {label(day.day)}
            </text>
          ) : null,
        )}
      </svg>
      <table className="sr-only">
        <caption>{t("tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("day")}</th>
            <th scope="col">{t("views")}</th>
            <th scope="col">{t("visitors")}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.day}>
              <th scope="row">{label(day.day)}</th>
              <td>{day.views}</td>
              <td>{day.visitors}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
