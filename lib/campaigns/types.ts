import type { MediaView } from "@/lib/media/types";
import type { MetricKind, MetricSource, Objective, Platform, WorkKind } from "@/lib/db/generated/enums";

/** A metric as the list and the form read it; dates are "YYYY-MM-DD". */
export type MetricView = {
  id: string;
  kind: MetricKind;
  customName: string;
  value: number;
  baseline: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  source: MetricSource;
  evidence: MediaView | null;
  series: { date: string; value: number }[];
};

export type CampaignView = {
  id: string;
  position: number;
  hidden: boolean;
  title: string;
  client: string;
  confidential: boolean;
  anonymizedLabel: string;
  workKind: WorkKind;
  platforms: Platform[];
  startDate: string;
  endDate: string | null;
  objective: Objective;
  budget: number | null;
  currency: string;
  summary: string;
  metrics: MetricView[];
  sampleCount: number;
};

export type CampaignOption = { id: string; title: string };
