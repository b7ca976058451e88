import type { ContentFormat } from "@/lib/db/generated/enums";
import type { PlatformValue } from "@/lib/platforms/platforms";
import type { ImportField } from "../fields";

export type Grain = "post" | "day";

/** One report of one platform, recognised by its headers (normalised: lower case, single spaces). */
export type FormatSpec = {
  id: string;
  platform: PlatformValue;
  grain: Grain;
  /** Headers that must all be there. */
  required: readonly string[];
  /** At least one of these must be there too (when given). */
  anyOf?: readonly string[];
  /** Header → our field; headers not listed fall back to `genericColumns`, else "ignore". */
  columns: Readonly<Record<string, ImportField>>;
  /** Meta's page files: the line before the header names the metric of the "Primary" column. */
  metricNameLine?: true;
  /** Content format of samples made from this report, unless the post type says otherwise. */
  sampleFormat?: ContentFormat;
};
