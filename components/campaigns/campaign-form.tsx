"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Controller, useFieldArray, useWatch } from "react-hook-form";
import { ClientFields, clientRegister } from "@/components/editor/client-fields";
import { toNumber } from "@/lib/metrics/number";
import { CurrencyOptions } from "@/components/editor/currency-options";
import { EditorForm, useItemForm } from "@/components/editor/editor-form";
import { FigureRows, newFigureRow } from "@/components/editor/figure-rows";
import { FormSection } from "@/components/editor/form-section";
import { PlatformMultiSelect } from "@/components/editor/platform-multi-select";
import { SelectField } from "@/components/editor/select-field";
import { useErrorText } from "@/components/editor/use-error-text";
import { bindField, DateRangeFields, TextareaField, TextField } from "@/components/editor/text-field";
import { Field, FieldError } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { saveCampaignAction } from "@/lib/campaigns/actions";
import { campaignFigures } from "@/lib/campaigns/figures";
import { objectiveValues, upsertCampaignSchema, type UpsertCampaignInput } from "@/lib/campaigns/schema";
import { asCurrency } from "@/lib/money";
import type { CampaignView } from "@/lib/campaigns/types";
import type { MediaView } from "@/lib/media/types";
import type { FormHistory } from "@/lib/shared/defaults";
import { LIMITS } from "@/lib/validation";
import { MetricEditor } from "./metric-editor";
import { figureFormValues } from "@/components/editor/figure-values";

/** A saved campaign's values, or a new one's in the currency of the owner's last item (else their locale's). */
function toFormValues(campaign: CampaignView | null, history?: FormHistory): UpsertCampaignInput {
  if (!campaign) {
    return {
      title: "",
      client: "",
      confidential: false,
      anonymizedLabel: "",
      workKind: "",
      platforms: [],
      startDate: "",
      endDate: "",
      objective: "AWARENESS",
      budget: "",
      currency: history?.currency ?? "USD",
      summary: "",
      metrics: [],
    };
  }
  return {
    id: campaign.id,
    baseVersion: campaign.version,
    title: campaign.title,
    client: campaign.client,
    confidential: campaign.confidential,
    anonymizedLabel: campaign.anonymizedLabel,
    workKind: campaign.workKind,
    platforms: campaign.platforms,
    startDate: campaign.startDate,
    endDate: campaign.endDate ?? "",
    objective: campaign.objective,
    budget: campaign.budget === null ? "" : String(campaign.budget),
    currency: asCurrency(campaign.currency),
    summary: campaign.summary,
    metrics: campaign.metrics.map((metric) => ({
      ...figureFormValues(metric),
      evidenceId: metric.evidence?.id ?? null,
      series: metric.series.map((point) => ({ date: point.date, value: String(point.value) })),
    })),
    mediaAlts: campaign.metrics.flatMap((metric) => (metric.evidence ? [{ mediaId: metric.evidence.id, alt: metric.evidence.alt }] : [])),
  };
}

export function CampaignForm({ campaign, history }: { campaign: CampaignView | null; history?: FormHistory }) {
  const t = useTranslations();
  const err = useErrorText("editor");
  const [evidence, setEvidence] = useState<Record<string, MediaView>>(() =>
    Object.fromEntries((campaign?.metrics ?? []).flatMap((metric) => (metric.evidence ? [[metric.evidence.id, metric.evidence]] : []))),
  );

  const { form, errors, alts, frame } = useItemForm("campaigns", {
    schema: upsertCampaignSchema,
    defaultValues: toFormValues(campaign, history),
    item: campaign,
    action: saveCampaignAction,
  });
  const { register, control, setValue } = form;
  const field = bindField(form, err);
  const metrics = useFieldArray({ control, name: "metrics" });

  const confidential = useWatch({ control, name: "confidential" });
  const watchedMetrics = useWatch({ control, name: "metrics" });
  const budget = useWatch({ control, name: "budget" });
  const currency = useWatch({ control, name: "currency" });
  const live = campaignFigures(
    (watchedMetrics ?? []).map((metric) => ({
      kind: metric.kind,
      customName: metric.customName,
      value: toNumber(metric.value),
      baseline: toNumber(metric.baseline),
    })),
    toNumber(budget),
  );

  return (
    <EditorForm {...frame} figures={{ figures: live.figures, growths: live.growths, currency }}>
      <FormSection title={t("campaigns.sections.basics")}>
        <TextField {...field("title", t("campaigns.fields.title"))} maxLength={LIMITS.title} placeholder={t("campaigns.fields.titlePlaceholder")} />
        <DateRangeFields
          start={{ ...field("startDate", t("campaigns.fields.startDate")) }}
          end={{
            ...field("endDate", t("campaigns.fields.endDate")),
            hint: t("campaigns.fields.endDateHint"),
          }}
        />
        <fieldset>
          <legend className="mb-2 text-sm font-medium">{t("editor.common.platforms")}</legend>
          <Controller control={control} name="platforms" render={({ field }) => <PlatformMultiSelect value={field.value ?? []} onChange={field.onChange} />} />
          {errors.platforms?.message && <FieldError message={errors.platforms.message} />}
        </fieldset>
        <TextareaField
          {...field("summary", t("campaigns.fields.summary"))}
          hint={t("campaigns.fields.summaryHint")}
          count={control}
          maxLength={LIMITS.description}
          rows={4}
        />
      </FormSection>

      <FormSection title={t("campaigns.sections.client")}>
        <ClientFields
          register={clientRegister(register)}
          errors={errors}
          confidential={Boolean(confidential)}
          clientSuggestions={history?.clients}
          clientPlaceholder={t("campaigns.fields.clientPlaceholder")}
          anonymizedPlaceholder={t("campaigns.fields.anonymizedPlaceholder")}
        />
      </FormSection>

      <FormSection title={t("campaigns.sections.goal")}>
        <SelectField
          {...field("objective", t("campaigns.fields.objective"))}
          options={objectiveValues.map((value) => ({ value, label: t(`campaigns.objectives.${value}`) }))}
        />
        <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
          <TextField
            {...field("budget", t("campaigns.fields.budget"))}
            hint={t("campaigns.fields.budgetHint")}
            inputMode="decimal"
            autoComplete="off"
            className="tabular"
          />
          <Field label={t("campaigns.fields.currency")} error={err(errors.currency?.message)}>
            {(c) => (
              <Select {...c} {...register("currency")}>
                <CurrencyOptions />
              </Select>
            )}
          </Field>
        </div>
      </FormSection>

      <FormSection title={t("campaigns.sections.metrics")} lead={t("campaigns.sections.metricsLead")}>
        <FigureRows
          count={metrics.fields.length}
          empty={t("campaigns.metric.noMetrics")}
          error={errors.metrics?.message}
          addLabel={t("campaigns.metric.add")}
          onAdd={() => metrics.append({ ...newFigureRow(metrics.fields.length === 0 ? "REACH" : "ENGAGEMENTS"), evidenceId: null, series: [] })}
        >
          {metrics.fields.map((field, index) => {
            const evidenceId = watchedMetrics?.[index]?.evidenceId;
            return (
              <MetricEditor
                key={field.id}
                index={index}
                control={control}
                register={register}
                setValue={setValue}
                errors={errors}
                evidence={evidenceId ? (evidence[evidenceId] ?? null) : null}
                evidenceAlt={alts.field}
                onEvidence={(media) => {
                  setEvidence((current) => ({ ...current, [media.id]: media }));
                  alts.add(media);
                }}
                onEvidenceRemoved={alts.remove}
                onRemove={() => metrics.remove(index)}
              />
            );
          })}
        </FigureRows>
      </FormSection>
    </EditorForm>
  );
}
