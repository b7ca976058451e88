import { useLocale, useTranslations } from "next-intl";
import { ImportedMark } from "@/components/imports/imported-mark";
import { BeforeAfterChart } from "@/components/charts/before-after-chart";
import { LineChart } from "@/components/charts/line-chart";
import { formatCompact, formatMetricValue, formatMoney, formatSignedPercent } from "@/lib/metrics/format";
import type { PublicCampaign } from "@/lib/public/types";
import { ClientLine, WorkBadge } from "./badges";
import { formatRange } from "@/lib/date-formats";
import { PlatformTags } from "./platform-tag";
import { KpiList, ResultGrid, useResultLabel } from "./results";
import { FirstThenAll } from "./show-all";

export function CampaignArticle({ campaign }: { campaign: PublicCampaign }) {
  const t = useTranslations("publicPage.campaigns");
  const tr = useTranslations("publicPage.reading");
  const tp = useTranslations("publicPage");
  const tc = useTranslations("campaigns");
  const tm = useTranslations("metrics");
  const locale = useLocale();
  const labelOf = useResultLabel();
  const { currency } = campaign;
  const format = (kind: PublicCampaign["metrics"][number]["kind"]) => (n: number) => formatMetricValue(kind, n, locale, currency);
  const charted = campaign.metrics.filter((metric) => metric.series.length >= 2);
  const compared = campaign.metrics.filter((metric) => metric.baseline !== null);
  const titleId = `campaign-${campaign.id}-title`;

  return (
    <article id={`campaign-${campaign.id}`} aria-labelledby={titleId} className="grid gap-5 rounded-card border border-border bg-bg p-4 sm:p-6 print:break-inside-avoid-page">
      <header className="grid gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <WorkBadge kind={campaign.workKind} />
          <PlatformTags platforms={campaign.platforms} label={tp("header.platforms")} />
        </div>
        <h3 id={titleId} className="text-xl font-semibold tracking-tight text-balance">
          {campaign.title}
        </h3>
        <ClientLine client={campaign.client} />
        <p className="text-sm text-muted">
          {formatRange(campaign.startDate, campaign.endDate, locale)}
          {" · "}
          {t("objective", { objective: tc(`objectives.${campaign.objective}`) })}
          {campaign.budget !== null && (
            <>
              {" · "}
              {t("budget", { amount: formatMoney(campaign.budget, currency, locale) })}
            </>
          )}
        </p>
      </header>

      <section aria-labelledby={`${titleId}-results`} className="grid gap-3">
        <h4 id={`${titleId}-results`} className="text-sm font-semibold">
          {t("topResults")}
        </h4>
        {campaign.headline.length > 0 ? (
          <ResultGrid results={campaign.headline} currency={currency} label={t("topResults")} />
        ) : (
          <p className="text-sm text-muted">{t("noResults")}</p>
        )}
      </section>

      {campaign.summary && <p className="max-w-prose text-sm leading-relaxed whitespace-pre-line">{campaign.summary}</p>}

      {(charted.length > 0 || compared.length > 0 || campaign.figures.length > 0 || campaign.metrics.length > 0) && (
        // The story behind the headline numbers, one click away (HTML only): charts, KPIs with formulas, every number.
        <details className="group grid gap-6" data-campaign-details="">
          <summary className="inline-flex w-fit cursor-pointer list-none items-center gap-1.5 rounded-full border border-border bg-bg px-3 py-1 text-sm font-medium hover:bg-surface print:hidden [&::-webkit-details-marker]:hidden">
            <span className="group-open:hidden">{tr("campaignDetails", { count: campaign.metrics.length })}</span>
            <span className="hidden group-open:inline">{tr("campaignDetailsHide")}</span>
          </summary>
          <div className="mt-5 grid gap-6">
            {(charted.length > 0 || compared.length > 0) && (
              <div className="grid gap-6 lg:grid-cols-2">
                {charted.map((metric) => (
                  <LineChart
                    key={metric.id}
                    title={labelOf(metric)}
                    points={metric.series}
                    format={format(metric.kind)}
                    compact={(n) => formatCompact(n, locale)}
                  />
                ))}
                <BeforeAfterChart
                  rows={compared.map((metric) => ({
                    label: labelOf(metric),
                    before: metric.baseline!,
                    after: metric.value,
                    beforeText: format(metric.kind)(metric.baseline!),
                    afterText: format(metric.kind)(metric.value),
                    growthText: metric.growth === null ? null : formatSignedPercent(metric.growth, locale),
                  }))}
                />
              </div>
            )}

            <KpiList figures={campaign.figures} currency={currency} title={t("kpis")} />

            {campaign.metrics.length > 0 && (
              <div className="grid gap-2">
                <h4 className="text-sm font-semibold">{t("allNumbers")}</h4>
                <div className="overflow-x-auto">
                  <table className="w-full min-w-[32rem] text-left text-sm tabular">
                    <thead className="text-xs text-muted">
                      <tr className="border-b border-border">
                        <th scope="col" className="py-2 pr-3 font-medium">{t("metric")}</th>
                        <th scope="col" className="py-2 pr-3 font-medium">{t("value")}</th>
                        <th scope="col" className="py-2 pr-3 font-medium">{t("before")}</th>
                        <th scope="col" className="py-2 pr-3 font-medium">{t("source")}</th>
                        <th scope="col" className="py-2 font-medium">{t("period")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {campaign.metrics.map((metric) => (
                        <tr key={metric.id} className="border-b border-border last:border-0">
                          <th scope="row" className="py-2 pr-3 font-normal">{labelOf(metric)}</th>
                          <td className="py-2 pr-3 font-medium">{format(metric.kind)(metric.value)}</td>
                          <td className="py-2 pr-3 text-muted">{metric.baseline === null ? "—" : format(metric.kind)(metric.baseline)}</td>
                          <td className="py-2 pr-3">
                            {metric.importedFrom ? <ImportedMark platform={metric.importedFrom} /> : tm(`sources.${metric.source}`)}
                            {metric.evidence && (
                              <>
                                {" · "}
                                <a href={metric.evidence.url} className="text-accent underline underline-offset-2 hover:no-underline">
                                  {t("evidence")}
                                  <span className="sr-only"> {t("evidenceFor", { metric: labelOf(metric) })}</span>
                                </a>
                              </>
                            )}
                          </td>
                          <td className="py-2 text-muted">{metric.periodStart ? formatRange(metric.periodStart, metric.periodEnd, locale) : "—"}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            )}
          </div>
        </details>
      )}
    </article>
  );
}

export function CampaignsSection({ campaigns }: { campaigns: PublicCampaign[] }) {
  return <FirstThenAll items={campaigns} section="campaigns" gap="gap-6" card={(campaign) => <CampaignArticle key={campaign.id} campaign={campaign} />} />;
}
