import { figureFormValues } from "@/components/editor/figure-values";
import { asCurrency, mostUsedCurrency } from "@/lib/money";
import type { UpsertCaseStudyInput } from "@/lib/case-studies/schema";
import type { CaseStudyView, LinkOptions } from "@/lib/case-studies/types";
import type { FormHistory } from "@/lib/shared/defaults";

/** A new case study as its form starts: every field empty, "Kind of work" not chosen yet, in `currency`. */
export function blankCaseStudy(currency: UpsertCaseStudyInput["currency"]): UpsertCaseStudyInput {
  return {
    title: "",
    slug: "",
    client: "",
    confidential: false,
    anonymizedLabel: "",
    workKind: "",
    currency,
    role: "",
    periodStart: "",
    periodEnd: "",
    challenge: "",
    strategy: "",
    execution: "",
    results: "",
    lessons: "",
    coverId: null,
    keyResults: [],
    campaignIds: [],
    sampleIds: [],
    documentIds: [],
  };
}

/**
 * The case-study form's starting values: a saved case study as text fields, or an empty one in
 * the currency of the owner's last item (else their locale's; without history, their usual one).
 */
export function toFormValues(study: CaseStudyView | null, options: LinkOptions, history?: FormHistory): UpsertCaseStudyInput {
  if (!study) return blankCaseStudy(history?.currency ?? mostUsedCurrency(options.campaigns.map((campaign) => campaign.currency)));
  return {
    id: study.id,
    baseVersion: study.version,
    title: study.title,
    slug: study.slug,
    client: study.client,
    confidential: study.confidential,
    anonymizedLabel: study.anonymizedLabel,
    workKind: study.workKind,
    currency: asCurrency(study.currency),
    role: study.role,
    periodStart: study.periodStart ?? "",
    periodEnd: study.periodEnd ?? "",
    challenge: study.challenge,
    strategy: study.strategy,
    execution: study.execution,
    results: study.results,
    lessons: study.lessons,
    coverId: study.cover?.id ?? null,
    keyResults: study.keyResults.map(figureFormValues),
    campaignIds: study.campaigns.map((item) => item.id),
    sampleIds: study.samples.map((item) => item.id),
    documentIds: study.documents.map((item) => item.id),
    mediaAlts: study.cover ? [{ mediaId: study.cover.id, alt: study.cover.alt }] : [],
  };
}
