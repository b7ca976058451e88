import { z } from "zod";
import { metricBaseFields, refineMetricBase } from "@/lib/metrics/schema";
import { currencyValues } from "@/lib/money";
import {
  clientFields,
  idString,
  LIMITS,
  multilineText,
  optionalIdString,
  optionalIsoDate,
  refineClient,
  refinePeriod,
  text,
  workKindSchema,
} from "@/lib/validation";
import { mediaAltsField } from "@/lib/media/schema";
import { saveFields } from "@/lib/versioned-saves";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "./slug";

// Shared by the case study form (zodResolver) and the server action. Messages are
// keys of the `validation` namespace, or of `caseStudies.validation` (see
// useErrorText("caseStudies", "editor") in components/editor/use-error-text.ts).

export const MAX_KEY_RESULTS = 12;
export const MAX_LINKS = 50;
export const NARRATIVE_MAX = LIMITS.narrative;

export const slugSchema = z
  .string()
  .trim()
  .min(1, { message: "required", abort: true })
  .max(SLUG_MAX_LENGTH, { message: "tooLong", abort: true })
  .regex(SLUG_PATTERN, "slugFormat");

/** A headline result: the campaign metric's shape without evidence or series. */
export const keyResultInputSchema = z.object(metricBaseFields).superRefine(refineMetricBase);

const idList = z
  .array(idString)
  .max(MAX_LINKS, "tooMany")
  .refine((ids) => new Set(ids).size === ids.length, "duplicateId");

const narrative = multilineText(NARRATIVE_MAX);

export const upsertCaseStudySchema = z
  .object({
    /** Present when editing. */
    id: idString.optional(),
    title: text(LIMITS.title, 1),
    slug: slugSchema,
    ...clientFields,
    workKind: workKindSchema,
    /** The currency of money key results (revenue, ad spend, ...). */
    currency: z.enum(currencyValues),
    role: text(LIMITS.title),
    periodStart: optionalIsoDate,
    periodEnd: optionalIsoDate,
    challenge: narrative,
    strategy: narrative,
    execution: narrative,
    results: narrative,
    lessons: narrative,
    /** An image the owner uploaded (purpose "sample"); its alt text comes in `mediaAlts`. */
    coverId: optionalIdString,
    keyResults: z.array(keyResultInputSchema).max(MAX_KEY_RESULTS, "tooMany"),
    campaignIds: idList,
    sampleIds: idList,
    documentIds: idList,
    ...mediaAltsField,
    ...saveFields,
  })
  .superRefine((study, ctx) => {
    refineClient(study, ctx);
    refinePeriod(study.periodStart, study.periodEnd, ["periodEnd"], ctx);
  });

export type UpsertCaseStudyInput = z.input<typeof upsertCaseStudySchema>;
export type UpsertCaseStudy = z.output<typeof upsertCaseStudySchema>;
export type KeyResultInput = z.input<typeof keyResultInputSchema>;
