import { Icon } from "@/components/ui/sprite-icon";
import { useLocale, useTranslations } from "next-intl";
import type { ComputedFigure } from "@/lib/metrics/formulas";
import { formatFigure, formatFigureInputs, formatHeadlineValue, formatMetricValue, formatSignedPercent } from "@/lib/metrics/format";
import type { PublicResult } from "@/lib/public/types";
import { cn } from "@/lib/utils";
import { formatRange } from "@/lib/date-formats";
import { ImportedMark } from "@/components/imports/imported-mark";
import type { PlatformValue } from "@/lib/platforms/platforms";

/** A result's name: the metric kind, or the owner's name for a custom metric. */
export function useResultLabel() {
  const t = useTranslations("metrics.kinds");
  return (result: Pick<PublicResult, "kind" | "customName">) =>
    result.kind === "CUSTOM" ? result.customName.trim() || t("CUSTOM") : t(result.kind);
}

/** Growth with sign, arrow and words, so colour is never the only signal. */
export function Growth({ value, className }: { value: number; className?: string }) {
  const t = useTranslations("publicPage.results");
  const locale = useLocale();
  const icon = value > 0 ? "arrow-up-right" : value < 0 ? "arrow-down-right" : "arrow-right";
  return (
    <span className={cn("inline-flex items-center gap-1 font-medium tabular", value > 0 ? "text-success" : value < 0 ? "text-danger" : "text-muted", className)}>
      <Icon name={icon} className="size-4" />
      {t(value > 0 ? "growthUp" : value < 0 ? "growthDown" : "growthFlat", { value: formatSignedPercent(value, locale) })}
    </span>
  );
}

/** Where a number comes from and the period it covers. */
export function SourceNote({
  result,
  className,
}: {
  /** A campaign figure carries `importedFrom`: then the evidence mark stands where "Source: …" would. */
  result: Pick<PublicResult, "source" | "periodStart" | "periodEnd"> & { importedFrom?: PlatformValue | null };
  className?: string;
}) {
  const t = useTranslations("publicPage.results");
  const tm = useTranslations("metrics.sources");
  const locale = useLocale();
  const period = result.periodStart ? formatRange(result.periodStart, result.periodEnd, locale) : null;
  return (
    <p className={cn("text-xs text-muted", className)}>
      {result.importedFrom ? <ImportedMark platform={result.importedFrom} /> : t("source", { source: tm(result.source) })}
      {" · "}
      {period ? t("period", { period }) : t("noPeriod")}
    </p>
  );
}

/** One headline result: the big number, before → after, growth, and its source and period. */
export function ResultCard({ result, currency }: { result: PublicResult; currency: string }) {
  const t = useTranslations("publicPage.results");
  const locale = useLocale();
  const label = useResultLabel()(result);
  const full = (n: number) => formatMetricValue(result.kind, n, locale, currency);
  return (
    <div className="flex min-w-0 flex-col gap-1 rounded-card border border-border bg-bg p-3 break-inside-avoid sm:p-4" data-result={result.kind}>
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-2xl font-semibold tracking-tight tabular sm:text-3xl">
        <span aria-hidden="true">{formatHeadlineValue(result, locale, currency)}</span>
        <span className="sr-only">{full(result.value)}</span>
      </dd>
      {result.baseline !== null && (
        <dd className="text-sm text-muted tabular">
          {t("beforeAfter", { before: full(result.baseline), after: full(result.value) })}
        </dd>
      )}
      {result.growth !== null && (
        <dd className="text-sm">
          <Growth value={result.growth} />
        </dd>
      )}
      <dd className="mt-auto pt-1">
        <SourceNote result={result} />
      </dd>
    </div>
  );
}

/** The headline results of a campaign or case study, as a description list of cards. */
export function ResultGrid({ results, currency, label }: { results: PublicResult[]; currency: string; label: string }) {
  if (results.length === 0) return null;
  return (
    // Two to a row even on phones: one per row made each campaign a screen of cards at 375 px (issue #15).
    <dl aria-label={label} className="grid grid-cols-2 gap-3 lg:grid-cols-3">
      {results.map((result) => (
        <ResultCard key={result.id} result={result} currency={currency} />
      ))}
    </dl>
  );
}

/** Computed KPIs, each with its worked formula printed under it (readable on touch screens and on paper). */
export function KpiList({ figures, currency, title }: { figures: ComputedFigure[]; currency: string; title: string }) {
  const t = useTranslations("metrics");
  const tp = useTranslations("publicPage.results");
  const locale = useLocale();
  if (figures.length === 0) return null;
  return (
    <div className="grid gap-2">
      <h4 className="text-sm font-semibold">{title}</h4>
      <dl className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {figures.map((figure) => (
          <div key={figure.key} className="rounded-lg bg-surface px-3 py-2 break-inside-avoid" data-kpi={figure.key}>
            <dt className="text-xs text-muted">{t(`figures.${figure.key}`)}</dt>
            <dd className="text-lg font-semibold tabular">{formatFigure(figure, locale, currency)}</dd>
            <dd className="text-xs text-muted">
              <span className="sr-only">{tp("formula")}: </span>
              {t(`worked.${figure.formula}`, formatFigureInputs(figure, locale, currency) as Record<string, string>)}
              {figure.engagementsSource === "summed" && <> {t("notes.engagementsSummed")}</>}
              {figure.spendSource === "budget" && <> {t("notes.spendFromBudget")}</>}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-muted">{t("notes.computed")}</p>
    </div>
  );
}
