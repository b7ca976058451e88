import { z } from "zod";
import type { Objective } from "@/lib/db/generated/enums";
import { mediaAltsField } from "@/lib/media/schema";
import { metricBaseFields, refineMetricBase } from "@/lib/metrics/schema";
import { numberInput, optionalMoneyInput } from "@/lib/metrics/number";
import { currencyValues } from "@/lib/money";
import { platformValues } from "@/lib/platforms/platforms";
import { saveFields } from "@/lib/versioned-saves";
import {
  clientFields,
  idString,
  isoDate,
  LIMITS,
  multilineText,
  optionalIdString,
  optionalIsoDate,
  refineClient,
  refinePeriod,
  text,
  workKindSchema,
} from "@/lib/validation";

// Shared by the campaign form (zodResolver) and the server action. Messages are
// keys of the `validation` namespace, or of `editor.validation` where prefixed "editor.".

export const objectiveValues = ["AWARENESS", "ENGAGEMENT", "TRAFFIC", "LEADS", "SALES", "COMMUNITY"] as const satisfies readonly Objective[];

export const MAX_METRICS = 30;
export const MAX_SERIES_POINTS = 120;

export const platformListSchema = z
  .array(z.enum(platformValues))
  .max(platformValues.length)
  .transform((list) => [...new Set(list)]);

export const seriesPointSchema = z.object({ date: isoDate, value: numberInput });

export const metricInputSchema = z
  .object({
    ...metricBaseFields,
    evidenceId: optionalIdString,
    series: z
      .array(seriesPointSchema)
      .max(MAX_SERIES_POINTS, "tooMany")
      .transform((points) => [...points].sort((a, b) => a.date.localeCompare(b.date))),
  })
  .superRefine((metric, ctx) => {
    refineMetricBase(metric, ctx);
    const dates = metric.series.map((point) => point.date);
    if (new Set(dates).size !== dates.length) {
      ctx.addIssue({ code: "custom", path: ["series"], message: "duplicateDate" });
    }
  });

export const upsertCampaignSchema = z
  .object({
    /** Present when editing. */
    id: idString.optional(),
    title: text(LIMITS.title, 1),
    ...clientFields,
    workKind: workKindSchema,
    platforms: platformListSchema,
    startDate: isoDate,
    endDate: optionalIsoDate,
    objective: z.enum(objectiveValues),
    budget: optionalMoneyInput,
    currency: z.enum(currencyValues),
    summary: multilineText(LIMITS.description),
    metrics: z.array(metricInputSchema).max(MAX_METRICS, "tooMany"),
    /** Alt text or titles of the metrics' evidence files. */
    ...mediaAltsField,
    ...saveFields,
  })
  .superRefine((campaign, ctx) => {
    refineClient(campaign, ctx);
    refinePeriod(campaign.startDate, campaign.endDate, ["endDate"], ctx);
  });

export type UpsertCampaignInput = z.input<typeof upsertCampaignSchema>;
export type UpsertCampaign = z.output<typeof upsertCampaignSchema>;
export type MetricInput = z.input<typeof metricInputSchema>;
