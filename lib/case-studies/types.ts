import type { MediaView } from "@/lib/media/types";
import type { WorkKind } from "@/lib/db/generated/enums";
import type { FigureView } from "@/lib/metrics/types";

/** A key result as the list and the form read it: the figure a metric also is, without evidence or series. */
export type KeyResultView = FigureView;

export type LinkedItem = { id: string; title: string };

export type CaseStudyView = {
  id: string;
  /** What the form sends back as `baseVersion` (#19). */
  version: number;
  position: number;
  hidden: boolean;
  title: string;
  slug: string;
  client: string;
  confidential: boolean;
  anonymizedLabel: string;
  workKind: WorkKind;
  currency: string;
  role: string;
  periodStart: string | null;
  periodEnd: string | null;
  challenge: string;
  strategy: string;
  execution: string;
  results: string;
  lessons: string;
  cover: MediaView | null;
  keyResults: KeyResultView[];
  campaigns: LinkedItem[];
  samples: LinkedItem[];
  documents: LinkedItem[];
};

/** The owner's items a case study can draw on, for the link pickers. */
export type LinkOptions = {
  /** With their currency: a new case study starts in the one most of them use. */
  campaigns: (LinkedItem & { currency: string })[];
  samples: (LinkedItem & { platform: string })[];
  documents: LinkedItem[];
};
