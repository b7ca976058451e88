"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { ClientFields, clientRegister } from "@/components/editor/client-fields";
import { toNumber } from "@/lib/metrics/number";
import { CurrencyOptions } from "@/components/editor/currency-options";
import { EditorForm, useItemForm } from "@/components/editor/editor-form";
import { CampaignFillNote, useCampaignFill } from "@/components/editor/use-campaign-fill";
import { FigureRows, newFigureRow } from "@/components/editor/figure-rows";
import { FormSection } from "@/components/editor/form-section";
import { useErrorText } from "@/components/editor/use-error-text";
import { FormMediaField } from "@/components/media/single-media-field";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { bindField, DateRangeFields, TextField } from "@/components/editor/text-field";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { campaignFigures } from "@/lib/campaigns/figures";
import { saveCaseStudyAction } from "@/lib/case-studies/actions";
import { NARRATIVE_MAX, upsertCaseStudySchema } from "@/lib/case-studies/schema";
import type { CaseStudyView, LinkOptions } from "@/lib/case-studies/types";
import type { ConfidentialName } from "@/lib/confidential/names";
import type { CampaignFacts, FormHistory } from "@/lib/shared/defaults";
import { LIMITS } from "@/lib/validation";
import { CampaignFiguresPicker } from "./campaign-figures-picker";
import { toFormValues } from "./form-values";
import { KeyResultEditor } from "./key-result-editor";
import { LinksSection } from "./links-section";
import { MarkdownField } from "./markdown-field";
import { SlugField } from "./slug-field";

const narratives = ["challenge", "strategy", "execution", "results", "lessons"] as const;

type CaseStudyFormProps = {
  caseStudy: CaseStudyView | null;
  options: LinkOptions;
  handle: string;
  /** The portfolio's other confidential clients: the suggested slug must not name them either. */
  confidentialNames?: ConfidentialName[];
  /** The campaigns' facts a linked case study takes, and their figures it may use as key results. */
  campaignFacts?: CampaignFacts[];
  history?: FormHistory;
};

export function CaseStudyForm({ caseStudy, options, handle, confidentialNames = [], campaignFacts = [], history }: CaseStudyFormProps) {
  const t = useTranslations();
  const tc = useTranslations("caseStudies");
  const err = useErrorText("caseStudies", "editor");
  const [slugSuggestion, setSlugSuggestion] = useState<string | null>(null);

  const { form, errors, alts, frame } = useItemForm("caseStudies", {
    schema: upsertCaseStudySchema,
    defaultValues: toFormValues(caseStudy, options, history),
    item: caseStudy,
    action: saveCaseStudyAction,
    beforeSave: () => setSlugSuggestion(null),
    onFailure: (result) => {
      // A taken slug comes with a free one to offer beside the field, not as a field error.
      const { slugSuggestion: suggestion, ...fieldErrors } = result.fieldErrors ?? {};
      setSlugSuggestion(suggestion?.[0] ?? null);
      if (result.code !== "NOT_FOUND") return { ...result, fieldErrors };
      applyServerErrors({ fieldErrors }, form.setError);
      toast.error(t("editor.errors.saveFailed"), { description: tc("errors.linkNotFound") });
      return true;
    },
  });
  const { register, control, setValue } = form;
  const field = bindField(form, err);
  const keyResults = useFieldArray({ control, name: "keyResults" });

  const values = useWatch({ control });

  // Linking a campaign fills what the user has not typed from it (kind of work, client, dates, currency).
  const campaignFill = useCampaignFill(form, ["workKind", "client", "confidential", "anonymizedLabel", "periodStart", "periodEnd", "currency"]);
  const linkedIds = values.campaignIds ?? [];
  const previousIds = useRef<readonly string[]>(linkedIds);
  useEffect(() => {
    const added = linkedIds.find((id) => !previousIds.current.includes(id));
    previousIds.current = linkedIds;
    if (added) campaignFill.apply(campaignFacts.find((campaign) => campaign.id === added));
  });
  const linkedCampaigns = campaignFacts.filter((campaign) => linkedIds.includes(campaign.id));
  const live = campaignFigures(
    (values.keyResults ?? []).flatMap((result) =>
      result.kind ? [{ kind: result.kind, customName: result.customName, value: toNumber(result.value), baseline: toNumber(result.baseline) }] : [],
    ),
    null,
  );

  return (
    <EditorForm {...frame} figures={{ figures: live.figures, growths: live.growths, currency: values.currency }}>
      <FormSection title={tc("sections.basics")}>
        <TextField {...field("title", tc("fields.title"))} placeholder={tc("fields.titlePlaceholder")} />
        <SlugField
          form={form}
          handle={handle}
          isNew={caseStudy === null}
          confidentialNames={confidentialNames}
          suggestion={slugSuggestion}
          onSuggestion={setSlugSuggestion}
          error={err(errors.slug?.message)}
        />
        <TextField {...field("role", tc("fields.role"))} maxLength={LIMITS.title} placeholder={tc("fields.rolePlaceholder")} />
        <DateRangeFields
          start={{ ...field("periodStart", tc("fields.periodStart")) }}
          end={{ ...field("periodEnd", tc("fields.periodEnd")), hint: tc("fields.periodEndHint") }}
        />
      </FormSection>

      <FormSection title={tc("sections.client")}>
        <CampaignFillNote note={campaignFill.note} />
        <ClientFields
          register={clientRegister(register)}
          errors={errors}
          confidential={Boolean(values.confidential)}
          clientPlaceholder={tc("fields.clientPlaceholder")}
          anonymizedPlaceholder={tc("fields.anonymizedPlaceholder")}
        />
      </FormSection>

      <FormSection title={tc("sections.story")} lead={tc("sections.storyLead")}>
        {narratives.map((name) => (
          <MarkdownField
            key={name}
            label={tc(`fields.${name}`)}
            hint={tc(`fields.${name}Hint`)}
            error={err(errors[name]?.message)}
            value={values[name] ?? ""}
            maxLength={NARRATIVE_MAX}
            {...register(name)}
          />
        ))}
      </FormSection>

      <FormSection title={tc("sections.keyResults")} lead={tc("sections.keyResultsLead")}>
        <Field label={tc("fields.currency")} hint={tc("fields.currencyHint")} error={err(errors.currency?.message)} className="max-w-xs">
          {(c) => (
            <Select {...c} {...register("currency")}>
              <CurrencyOptions />
            </Select>
          )}
        </Field>
        <CampaignFiguresPicker
          campaigns={linkedCampaigns}
          rows={values.keyResults ?? []}
          onAdd={(row) => keyResults.append(row)}
          onRemove={(index) => keyResults.remove(index)}
        />
        <FigureRows
          count={keyResults.fields.length}
          empty={tc("keyResult.none")}
          error={errors.keyResults?.message}
          addLabel={tc("keyResult.add")}
          onAdd={() => keyResults.append(newFigureRow(keyResults.fields.length === 0 ? "FOLLOWERS" : "ENGAGEMENTS"))}
        >
          {keyResults.fields.map((field, index) => (
            <KeyResultEditor key={field.id} index={index} control={control} register={register} errors={errors} onRemove={() => keyResults.remove(index)} />
          ))}
        </FigureRows>
      </FormSection>

      <LinksSection control={control} options={options} errors={errors} err={err} />

      <FormSection title={tc("sections.cover")} lead={tc("fields.coverHint")}>
        <FormMediaField
          mediaId={values.coverId}
          onChange={(id) => setValue("coverId", id, { shouldDirty: true })}
          initial={caseStudy?.cover ?? null}
          alts={alts}
          error={err(errors.coverId?.message)}
          removeLabel={tc("fields.removeCover")}
          purpose="sample"
          accept="image"
        />
      </FormSection>
    </EditorForm>
  );
}
