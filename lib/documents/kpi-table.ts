// "Insert KPI table" in the Markdown editor: a table of the owner's own figures
// (their first campaign with results), or an empty one to fill in. Never sample
// numbers: a student who keeps a template's "12,400 followers" would publish
// someone else's results as their own. Pure; the figures come from
// lib/documents/kpi-data.ts and the labels from `documents.kpiTable` messages.

import { formatFigure, formatMetricValue } from "@/lib/metrics/format";
import { computeCampaignFigures, type FigureKey, type MetricKindName } from "@/lib/metrics/formulas";

export type KpiMetric = { kind: MetricKindName; customName: string; value: number; baseline: number | null };
export type KpiCampaign = { title: string; currency: string; budget: number | null; metrics: KpiMetric[] };

export type KpiLabels = {
  /** Column headers; `kpi` names the campaign when the rows are its figures. */
  kpi: string;
  kpiOf: (campaign: string) => string;
  baseline: string;
  target: string;
  result: string;
  kind: (kind: MetricKindName) => string;
  figure: (key: FigureKey) => string;
  /** The KPIs of an empty table, for the owner to fill in. */
  emptyRows: string[];
};

/** Metric rows at most, then computed figures at most: a table to read, not a data dump. */
export const MAX_METRIC_ROWS = 6;
export const MAX_FIGURE_ROWS = 2;

/** A cell's text with what would break the Markdown table (pipes, line breaks) made harmless. */
export function tableCell(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/\s*[\r\n]+\s*/g, " ")
    .trim();
}

function row(cells: string[]): string {
  return `| ${cells.map(tableCell).join(" | ")} |`.replace(/ {2,}\|/g, " |");
}

export function buildKpiTable(campaign: KpiCampaign | null, labels: KpiLabels, locale: string): string {
  const header = [campaign ? labels.kpiOf(campaign.title) : labels.kpi, labels.baseline, labels.target, labels.result];
  const lines = [row(header), "| --- | ---: | ---: | ---: |"];
  if (!campaign || campaign.metrics.length === 0) {
    for (const name of labels.emptyRows) lines.push(row([name, "", "", ""]));
    return `${lines.join("\n")}\n`;
  }
  for (const metric of campaign.metrics.slice(0, MAX_METRIC_ROWS)) {
    const name = metric.kind === "CUSTOM" && metric.customName.trim() ? metric.customName : labels.kind(metric.kind);
    const format = (n: number) => formatMetricValue(metric.kind, n, locale, campaign.currency);
    lines.push(row([name, metric.baseline === null ? "" : format(metric.baseline), "", format(metric.value)]));
  }
  const figures = computeCampaignFigures(campaign.metrics, { budget: campaign.budget }).slice(0, MAX_FIGURE_ROWS);
  for (const figure of figures) lines.push(row([labels.figure(figure.key), "", "", formatFigure(figure, locale, campaign.currency)]));
  return `${lines.join("\n")}\n`;
}
