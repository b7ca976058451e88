"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatDay } from "@/lib/date-formats";
import { MAX_KEY_RESULTS, type KeyResultInput } from "@/lib/case-studies/schema";
import { formatMetricValue } from "@/lib/metrics/format";
import { figureAsKeyResult, isCopyOf, type CampaignFacts } from "@/lib/shared/defaults";

type Figure = CampaignFacts["figures"][number];

type CampaignFiguresPickerProps = {
  /** The linked campaigns, in the owner's order. */
  campaigns: CampaignFacts[];
  rows: Partial<KeyResultInput>[];
  onAdd: (row: KeyResultInput) => void;
  onRemove: (index: number) => void;
};

/**
 * "Use the campaign's figures": a checkbox per figure of each linked campaign, with its value,
 * period and source; ticking adds it as a key result as it is (period and source kept), so
 * nothing is retyped. A box is ticked while a key result is still that figure's exact copy.
 */
export function CampaignFiguresPicker({ campaigns, rows, onAdd, onRemove }: CampaignFiguresPickerProps) {
  const t = useTranslations("firstRunDefaults.figures");
  const tm = useTranslations("metrics");
  const ti = useTranslations("imports");
  const locale = useLocale();
  const full = rows.length >= MAX_KEY_RESULTS;
  const period = (figure: Figure) =>
    figure.periodStart && figure.periodEnd
      ? t("period", { start: formatDay(figure.periodStart, locale), end: formatDay(figure.periodEnd, locale) })
      : figure.periodStart
        ? t("periodOpen", { start: formatDay(figure.periodStart, locale) })
        : t("noPeriod");
  return (
    <>
      {campaigns
        .filter((campaign) => campaign.figures.length > 0)
        .map((campaign) => (
          <fieldset key={campaign.id} className="grid gap-2 rounded-lg border border-border p-3" data-testid="campaign-figures">
            <legend className="px-1 text-sm font-medium">{t("legend", { title: campaign.title })}</legend>
            <p className="text-xs text-muted">{t("lead")}</p>
            <ul className="grid gap-1">
              {campaign.figures.map((figure) => {
                const index = rows.findIndex((row) => isCopyOf(row, figure));
                const checked = index >= 0;
                const name = figure.kind === "CUSTOM" ? figure.customName : tm(`kinds.${figure.kind}`);
                const value = formatMetricValue(figure.kind, figure.value, locale, campaign.currency);
                return (
                  <li key={figure.id}>
                    <label className="flex cursor-pointer flex-wrap items-baseline gap-x-2 gap-y-0.5 rounded-md px-2 py-1.5 text-sm hover:bg-surface">
                      <input
                        type="checkbox"
                        className="size-4 self-center accent-[var(--color-accent)]"
                        checked={checked}
                        disabled={!checked && full}
                        onChange={(event) => (event.target.checked ? onAdd(figureAsKeyResult(figure)) : onRemove(index))}
                      />
                      <span className="font-medium">{name}</span>
                      <span className="tabular">{value}</span>
                      <span className="text-xs text-muted">
                        {[
                          period(figure),
                          t(`sources.${figure.source}`),
                          figure.importedFrom ? t("importedFrom", { platform: ti(`sources.${figure.importedFrom}`) }) : null,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
    </>
  );
}
