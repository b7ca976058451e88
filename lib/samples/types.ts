import type { ContentFormat, Platform, WorkKind } from "@/lib/db/generated/enums";
import type { MediaView } from "@/lib/media/types";
import type { PostNumberField } from "./schema";

export type SampleView = {
  id: string;
  /** What the form sends back as `baseVersion` (#19). */
  version: number;
  position: number;
  hidden: boolean;
  platform: Platform;
  format: ContentFormat;
  title: string;
  caption: string;
  hashtags: string[];
  postedAt: string | null;
  url: string | null;
  campaign: { id: string; title: string } | null;
  workKind: WorkKind;
  client: string;
  confidential: boolean;
  anonymizedLabel: string;
  media: MediaView[];
} & Record<PostNumberField, number | null>;
