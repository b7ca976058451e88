"use client";

import { EyeOff } from "lucide-react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { ItemList, ClientName, ItemHiddenSwitch, ItemTitle, itemTitleId } from "@/components/editor/item-list";
import { WorkKindBadge } from "@/components/editor/work-kind-badge";
import { MediaThumb } from "@/components/media/media-thumb";
import type { CaseStudyView } from "@/lib/case-studies/types";
import { fromIsoDate } from "@/lib/dates";
import { metricGrowth } from "@/lib/metrics/formulas";
import { formatMetricValue, formatSignedPercent } from "@/lib/metrics/format";

export function CaseStudyList({ caseStudies }: { caseStudies: CaseStudyView[] }) {
  const t = useTranslations();
  return (
    <ItemList
      items={caseStudies}
      room="caseStudies"
      deleteCount={(study) => study.keyResults.length}
      renderItem={(study) => <CaseStudyRow study={study} />}
      renderExtraActions={(study) => (
        <ItemHiddenSwitch
          room="caseStudies"
          item={study}
          labels={{
            show: t("caseStudies.showItem", { title: study.title }),
            hide: t("caseStudies.hideItem", { title: study.title }),
            nowShown: t("caseStudies.nowShown"),
            nowHidden: t("caseStudies.nowHidden"),
            failed: t("caseStudies.visibilityFailed"),
          }}
        />
      )}
    />
  );
}

function CaseStudyRow({ study }: { study: CaseStudyView }) {
  const t = useTranslations();
  const locale = useLocale();
  const format = useFormatter();
  const date = (value: string) => format.dateTime(fromIsoDate(value), { month: "short", year: "numeric", timeZone: "UTC" });
  const client = study.confidential ? study.anonymizedLabel : study.client;
  const links = study.campaigns.length + study.samples.length + study.documents.length;
  const headline = study.keyResults.slice(0, 3);
  return (
    <article aria-labelledby={itemTitleId("caseStudies", study.id)} className="flex gap-3">
      {study.cover && <MediaThumb media={study.cover} className="hidden w-24 shrink-0 sm:block" />}
      <div className="min-w-0 flex-1">
        <ItemTitle room="caseStudies" item={study} />
        <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
          {client && <ClientName name={client} confidential={study.confidential} lockLabel={t("editor.common.confidential")} />}
          {study.periodStart && (
            <span>
              {study.periodEnd
                ? t("caseStudies.period", { start: date(study.periodStart), end: date(study.periodEnd) })
                : t("caseStudies.periodOngoing", { start: date(study.periodStart) })}
            </span>
          )}
          <WorkKindBadge kind={study.workKind} />
          {study.hidden && (
            <span className="inline-flex items-center gap-1 text-xs">
              <EyeOff aria-hidden className="size-3.5" />
              {t("caseStudies.hiddenLabel")}
            </span>
          )}
        </p>
        {headline.length > 0 ? (
          <ul className="mt-2 flex flex-wrap gap-2">
            {headline.map((result) => {
              const growth = metricGrowth(result);
              const label = result.kind === "CUSTOM" ? result.customName : t(`metrics.kinds.${result.kind}`);
              return (
                <li key={result.id} className="rounded-lg bg-surface px-2.5 py-1 text-xs">
                  <span className="text-muted">{label}</span>{" "}
                  <span className="tabular font-semibold">{formatMetricValue(result.kind, result.value, locale, study.currency)}</span>
                  {growth && (
                    <span className={growth.value >= 0 ? "tabular text-success" : "tabular text-danger"}>
                      {" "}
                      {growth.value >= 0 ? "↑" : "↓"} {formatSignedPercent(growth.value, locale)}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="mt-2 text-xs text-muted">{t("caseStudies.keyResultsCount", { count: 0 })}</p>
        )}
        <p className="mt-2 text-xs text-muted">{t("caseStudies.linksCount", { count: links })}</p>
      </div>
    </article>
  );
}
