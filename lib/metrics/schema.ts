import { z } from "zod";
import type { MetricKind, MetricSource } from "@/lib/db/generated/enums";
import { idString, LIMITS, optionalIsoDate, refinePeriod, text } from "@/lib/validation";
import { metricKinds } from "./formulas";
import { numberInput, optionalNumberInput } from "./number";

// The fields a campaign metric and a case study's key result share, so both
// editors validate a figure the same way (form and server alike).

export const metricSourceValues = ["SELF_REPORTED", "SCREENSHOT", "ANALYTICS_EXPORT"] as const satisfies readonly MetricSource[];
export const metricKindValues = metricKinds satisfies readonly MetricKind[];

export const metricBaseFields = {
  /** An existing row of this item; absent for a new one. */
  id: idString.optional(),
  kind: z.enum(metricKindValues),
  customName: text(LIMITS.label),
  value: numberInput,
  baseline: optionalNumberInput,
  periodStart: optionalIsoDate,
  periodEnd: optionalIsoDate,
  source: z.enum(metricSourceValues),
};

type MetricBase = { kind: string; customName: string; periodStart: string | null; periodEnd: string | null };

/** A custom figure needs its own name; its period cannot end before it starts. */
export function refineMetricBase(metric: MetricBase, ctx: z.RefinementCtx): void {
  if (metric.kind === "CUSTOM" && !metric.customName) {
    ctx.addIssue({ code: "custom", path: ["customName"], message: "required" });
  }
  refinePeriod(metric.periodStart, metric.periodEnd, ["periodEnd"], ctx);
}
