import { z } from "zod";
import type { MetricKind, MetricSource, Objective, WorkKind } from "@/lib/db/generated/enums";
import { metricKinds } from "@/lib/metrics/formulas";
import { numberInput, optionalMoneyInput, optionalNumberInput } from "@/lib/metrics/number";
import { platformValues } from "@/lib/platforms/platforms";
import { idString, isoDate, LIMITS, multilineText, optionalIdString, optionalIsoDate, text } from "@/lib/validation";

export { isoDate, optionalIsoDate };
import { mediaAltsField } from "@/lib/media/schema";

// Shared by the campaign form (zodResolver) and the server action. Messages are
// keys of the `validation` namespace, or of `editor.validation` where prefixed "editor.".

export const workKindValues = ["CLIENT", "EMPLOYER", "FREELANCE", "VOLUNTEER", "PERSONAL_BRAND", "MOCK"] as const satisfies readonly WorkKind[];
export const objectiveValues = ["AWARENESS", "ENGAGEMENT", "TRAFFIC", "LEADS", "SALES", "COMMUNITY"] as const satisfies readonly Objective[];
export const metricSourceValues = ["SELF_REPORTED", "SCREENSHOT", "ANALYTICS_EXPORT"] as const satisfies readonly MetricSource[];
export const metricKindValues = metricKinds satisfies readonly MetricKind[];
/** Common ISO 4217 codes; enough for an entry-level portfolio, short enough for a select. */
export const currencyValues = ["USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "PLN", "INR", "JPY", "SGD", "ZAR", "BRL", "MXN", "AED"] as const;
export type Currency = (typeof currencyValues)[number];
export const DEFAULT_CURRENCY: Currency = "USD";

/** A stored code as a form value: one of currencyValues, else the default. */
export function asCurrency(code: string | null | undefined): Currency {
  return (currencyValues as readonly string[]).includes(code ?? "") ? (code as Currency) : DEFAULT_CURRENCY;
}

/** The code most of `codes` use (the earliest on a tie), else the default: a new item's currency. */
export function mostUsedCurrency(codes: readonly string[]): Currency {
  const counts = new Map<Currency, number>();
  for (const code of codes) {
    const currency = asCurrency(code);
    if (currency === code) counts.set(currency, (counts.get(currency) ?? 0) + 1);
  }
  let best: Currency = DEFAULT_CURRENCY;
  let most = 0;
  for (const [currency, count] of counts) {
    if (count > most) [best, most] = [currency, count];
  }
  return best;
}

export const MAX_METRICS = 30;
export const MAX_SERIES_POINTS = 120;

export const workKindSchema = z.enum(workKindValues);
export const platformListSchema = z
  .array(z.enum(platformValues))
  .max(platformValues.length)
  .transform((list) => [...new Set(list)]);

/** Client name, confidential switch and the anonymized label shown instead (required when confidential). */
export const clientFields = {
  client: text(LIMITS.title),
  confidential: z.boolean(),
  anonymizedLabel: text(LIMITS.title),
};

type ClientFields = { confidential: boolean; anonymizedLabel: string };

export function refineClient(value: ClientFields, ctx: z.RefinementCtx): void {
  if (value.confidential && !value.anonymizedLabel) {
    ctx.addIssue({ code: "custom", path: ["anonymizedLabel"], message: "anonymizedLabelRequired" });
  }
}

export function refinePeriod(
  start: string | null | undefined,
  end: string | null | undefined,
  path: (string | number)[],
  ctx: z.RefinementCtx,
): void {
  if (typeof start === "string" && typeof end === "string" && end < start) {
    ctx.addIssue({ code: "custom", path, message: "endBeforeStart" });
  }
}

export const seriesPointSchema = z.object({ date: isoDate, value: numberInput });

export const metricInputSchema = z
  .object({
    /** An existing metric of this campaign; absent for a new one. */
    id: idString.optional(),
    kind: z.enum(metricKindValues),
    customName: text(LIMITS.label),
    value: numberInput,
    baseline: optionalNumberInput,
    periodStart: optionalIsoDate,
    periodEnd: optionalIsoDate,
    source: z.enum(metricSourceValues),
    evidenceId: optionalIdString,
    series: z
      .array(seriesPointSchema)
      .max(MAX_SERIES_POINTS, "tooMany")
      .transform((points) => [...points].sort((a, b) => a.date.localeCompare(b.date))),
  })
  .superRefine((metric, ctx) => {
    if (metric.kind === "CUSTOM" && !metric.customName) {
      ctx.addIssue({ code: "custom", path: ["customName"], message: "required" });
    }
    refinePeriod(metric.periodStart, metric.periodEnd, ["periodEnd"], ctx);
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
  })
  .superRefine((campaign, ctx) => {
    refineClient(campaign, ctx);
    refinePeriod(campaign.startDate, campaign.endDate, ["endDate"], ctx);
  });

export type UpsertCampaignInput = z.input<typeof upsertCampaignSchema>;
export type UpsertCampaign = z.output<typeof upsertCampaignSchema>;
export type MetricInput = z.input<typeof metricInputSchema>;

export const itemIdSchema = z.object({ id: idString });
export type ItemId = z.output<typeof itemIdSchema>;

/** The full list of the owner's item ids, in the new order. */
export const reorderSchema = z.object({
  ids: z
    .array(idString)
    .min(1)
    .max(1000)
    .refine((ids) => new Set(ids).size === ids.length, "duplicateId"),
});
export type Reorder = z.output<typeof reorderSchema>;
