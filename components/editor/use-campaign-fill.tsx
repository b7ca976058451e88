"use client";

import { useRef, useState } from "react";
import { Info } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";
import { campaignFill, type CampaignFacts, type CampaignFillField, type CampaignFillValues } from "@/lib/shared/defaults";

type FillNote = { title: string; fields: CampaignFillField[] };

/**
 * A sample or case study linked to a campaign takes the campaign's kind of work, client,
 * confidentiality (and, where the form has them, dates and currency) into the fields the user
 * has not touched; `note` says which, so nothing changes unseen. Rules: lib/shared/defaults.ts.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any output type: the hook reads and sets input values only
export function useCampaignFill<T extends FieldValues>(form: UseFormReturn<T, unknown, any>, fields: readonly CampaignFillField[]) {
  const [note, setNote] = useState<FillNote | null>(null);
  // What the last campaign filled in: while the user leaves a value as it is, the next campaign may replace it.
  const filled = useRef<CampaignFillValues>({});
  const apply = (campaign: CampaignFacts | undefined) => {
    if (!campaign) return;
    const defaults = (form.formState.defaultValues ?? {}) as Record<string, unknown>;
    const current: CampaignFillValues = {};
    const touched: Partial<Record<CampaignFillField, boolean>> = {};
    for (const field of fields) {
      const value = form.getValues(field as Path<T>) as string | boolean | undefined;
      current[field] = value;
      touched[field] = value !== defaults[field];
    }
    const patch = campaignFill(campaign, fields, current, touched, filled.current);
    const changed = Object.keys(patch) as CampaignFillField[];
    for (const field of changed) {
      form.setValue(field as Path<T>, patch[field] as PathValue<T, Path<T>>, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
    }
    filled.current = { ...filled.current, ...patch };
    setNote(changed.length > 0 ? { title: campaign.title, fields: changed } : null);
  };
  return { apply, note };
}

/** "From campaign ‘Home for Winter’: kind of work, client." under the fields it filled. */
export function CampaignFillNote({ note }: { note: FillNote | null }) {
  const t = useTranslations("firstRunDefaults");
  const locale = useLocale();
  if (!note) return null;
  // anonymizedLabel goes with confidentiality in what the user reads.
  const names = note.fields.filter((field) => field !== "anonymizedLabel" || !note.fields.includes("confidential")).map((field) => t(`fields.${field}`));
  return (
    <p role="status" data-testid="campaign-fill-note" className="flex items-start gap-2 rounded-md bg-accent-soft px-3 py-2 text-sm">
      <Info aria-hidden className="mt-0.5 size-4 shrink-0 text-accent" />
      <span>{t("fromCampaign", { title: note.title, fields: new Intl.ListFormat(locale, { type: "conjunction" }).format(names) })}</span>
    </p>
  );
}
