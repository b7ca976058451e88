import { getFormatter, getTranslations } from "next-intl/server";
import type { AnalyticsOverview } from "@/lib/analytics/types";
import { CardSection } from "@/components/ui/card-section";
import { ViewsChart } from "./views-chart";

/** The sharing page's view analytics: totals, the 30-day chart, devices and referrers. */
export async function AnalyticsPanel({ overview }: { overview: AnalyticsOverview }) {
  const t = await getTranslations("analytics");
  const format = await getFormatter();
  const stats = [
    { label: t("views"), value: overview.totals.views },
    { label: t("visitors"), value: overview.totals.visitors, hint: t("visitorsHint") },
    { label: t("publicViews"), value: overview.perLink.public?.views ?? 0 },
    { label: t("linkViews"), value: overview.totals.linkViews },
  ];
  const deviceTotal = Object.values(overview.devices).reduce((sum, count) => sum + count, 0);
  return (
    <CardSection id="analytics-title" title={t("title")} lead={t("lead")} className="gap-5 sm:p-5">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {stats.map((stat) => (
          <div key={stat.label} className="rounded-lg bg-surface p-3">
            <dt className="text-xs text-muted">{stat.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular">{format.number(stat.value)}</dd>
            {stat.hint && <dd className="mt-0.5 text-xs text-muted">{stat.hint}</dd>}
          </div>
        ))}
      </dl>
      {overview.totals.views === 0 ? <p className="rounded-lg bg-surface p-4 text-sm text-muted">{t("noViews")}</p> : <ViewsChart days={overview.days} />}
      <div className="grid gap-5 sm:grid-cols-2">
        <div>
          <h3 className="text-sm font-medium">{t("devices")}</h3>
          <ul className="mt-2 grid gap-1.5 text-sm">
            {(Object.keys(overview.devices) as (keyof typeof overview.devices)[]).map((device) => {
              const count = overview.devices[device];
              const share = deviceTotal ? Math.round((count / deviceTotal) * 100) : 0;
              return (
                <li key={device} className="grid grid-cols-[6rem_1fr_3rem] items-center gap-2">
                  <span className="text-muted">{t(`device.${device}`)}</span>
                  <span aria-hidden className="h-1.5 overflow-hidden rounded-full bg-surface">
                    <span className="block h-full rounded-full bg-accent/70" style={{ width: `${share}%` }} />
                  </span>
                  <span className="text-right tabular">{count}</span>
                </li>
              );
            })}
          </ul>
        </div>
        <div>
          <h3 className="text-sm font-medium">{t("referrers")}</h3>
          {overview.referrers.length === 0 ? (
            <p className="mt-2 text-sm text-muted">{t("noReferrers")}</p>
          ) : (
            <ul className="mt-2 grid gap-1.5 text-sm">
              {overview.referrers.map((referrer) => (
                <li key={referrer.host} className="flex justify-between gap-3">
                  <span className="truncate">{referrer.host}</span>
                  <span className="tabular">{referrer.views}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </CardSection>
  );
}
