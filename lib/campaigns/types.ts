import type { MediaView } from "@/lib/media/types";
import type { Objective, Platform, WorkKind } from "@/lib/db/generated/enums";
import type { FigureView } from "@/lib/metrics/types";

/** A metric as the list and the form read it: the shared figure with its evidence and series. */
export type MetricView = FigureView & {
  evidence: MediaView | null;
  series: { date: string; value: number }[];
};

export type CampaignView = {
  id: string;
  /** What the form sends back as `baseVersion` (#19). */
  version: number;
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
