import type { ContentFormat, Platform, WorkKind } from "@/lib/db/generated/enums";
import type { MediaView } from "@/lib/media/types";
import type { PostNumberField } from "./schema";

/** A post as a sample keeps it (and an import reads it from a row): where and how it ran, its text, its numbers where known. */
export type SamplePost = {
  platform: Platform;
  format: ContentFormat;
  title: string;
  caption: string;
  hashtags: string[];
  postedAt: string | null;
  url: string | null;
} & Record<PostNumberField, number | null>;

export type SampleView = {
  id: string;
  /** What the form sends back as `baseVersion` (#19). */
  version: number;
  position: number;
  hidden: boolean;
  campaign: { id: string; title: string } | null;
  workKind: WorkKind;
  client: string;
  confidential: boolean;
  anonymizedLabel: string;
  media: MediaView[];
} & SamplePost;
