import { computeCampaignFigures, metricGrowth, type ComputedFigure, type GrowthFigure, type MetricKindName } from "@/lib/metrics/formulas";

type FigureInput = { kind: MetricKindName; customName?: string; value: number | null; baseline?: number | null };

/** Everything computed from a campaign's metrics: the figures, and growth for each metric with a baseline. */
export function campaignFigures(
  metrics: FigureInput[],
  budget: number | null | undefined,
): { figures: ComputedFigure[]; growths: (GrowthFigure & { customName: string })[] } {
  const usable = metrics.flatMap((metric) => (metric.value === null ? [] : [{ ...metric, value: metric.value }]));
  return {
    figures: computeCampaignFigures(usable, { budget }),
    growths: usable.flatMap((metric) => {
      const growth = metricGrowth(metric);
      return growth ? [{ ...growth, customName: metric.customName ?? "" }] : [];
    }),
  };
}
