"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ComputedFigure, GrowthFigure } from "@/lib/metrics/formulas";
import { formatFigure, formatFigureInputs, formatSignedPercent } from "@/lib/metrics/format";
import { formatCount } from "@/lib/metrics/format";
import { cn } from "@/lib/utils";

type FigureListProps = {
  figures: ComputedFigure[];
  growths?: (GrowthFigure & { label: string })[];
  currency?: string;
  /** "compact" for list rows, "full" for the form (with the worked formula). */
  variant?: "compact" | "full";
  className?: string;
};

/** Computed figures, each with its formula beside it: never typed in, always explained. */
export function FigureList({ figures, growths = [], currency = "USD", variant = "full", className }: FigureListProps) {
  const t = useTranslations("metrics");
  const locale = useLocale();
  if (figures.length === 0 && growths.length === 0) return null;
  return (
    <dl className={cn("grid gap-2", variant === "full" ? "sm:grid-cols-2" : "grid-cols-1 sm:grid-cols-2 xl:grid-cols-3", className)}>
      {figures.map((figure) => {
        const inputs = formatFigureInputs(figure, locale, currency);
        return (
          <div key={figure.key} className="rounded-lg bg-surface px-3 py-2" data-figure={figure.key}>
            <dt className="text-xs text-muted">{t(`figures.${figure.key}`)}</dt>
            <dd className="tabular text-lg font-semibold">{formatFigure(figure, locale, currency)}</dd>
            <dd className="text-xs text-muted">
              {variant === "full" ? t(`worked.${figure.formula}`, inputs as Record<string, string>) : t(`formulas.${figure.formula}`)}
            </dd>
          </div>
        );
      })}
      {growths.map((growth, index) => (
        <div key={`growth-${index}`} className="rounded-lg bg-surface px-3 py-2" data-figure="growth">
          <dt className="text-xs text-muted">
            {t("figures.growth")} · {growth.label}
          </dt>
          <dd className={cn("tabular text-lg font-semibold", growth.value >= 0 ? "text-success" : "text-danger")}>
            {growth.value >= 0 ? "↑ " : "↓ "}
            {formatSignedPercent(growth.value, locale)}
          </dd>
          <dd className="text-xs text-muted">
            {variant === "full"
              ? t("worked.growth", { before: formatCount(growth.inputs.before, locale), after: formatCount(growth.inputs.after, locale) })
              : t("formulas.growth")}
          </dd>
        </div>
      ))}
    </dl>
  );
}
