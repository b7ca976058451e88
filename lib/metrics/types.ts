import type { MetricKind, MetricSource } from "@/lib/db/generated/enums";

/** What a campaign metric and a case study's key result share, as lists and forms read it; dates are "YYYY-MM-DD". */
export type FigureView = {
  id: string;
  kind: MetricKind;
  customName: string;
  value: number;
  baseline: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  source: MetricSource;
};
