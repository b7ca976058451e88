"use client";

import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Controller, useFieldArray, useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { ClientFields, clientRegister } from "@/components/editor/client-fields";
import { ComputedFigures, toNumber } from "@/components/editor/computed-figures";
import { CurrencyOptions } from "@/components/editor/currency-options";
import { EditorForm, useEditorUploads } from "@/components/editor/editor-form";
import { FigureRows, newFigureRow } from "@/components/editor/figure-rows";
import { FormSection } from "@/components/editor/form-section";
import { PlatformMultiSelect } from "@/components/editor/platform-multi-select";
import { SaveBar } from "@/components/editor/save-bar";
import { SelectField } from "@/components/editor/select-field";
import { useActionForm } from "@/components/editor/use-action-form";
import { useErrorText } from "@/components/editor/use-error-text";
import { CharCount } from "@/components/ui/char-count";
import { Field, FieldError } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { saveCampaignAction } from "@/lib/campaigns/actions";
import { campaignFigures } from "@/lib/campaigns/figures";
import { objectiveValues, upsertCampaignSchema, type UpsertCampaignInput } from "@/lib/campaigns/schema";
import { asCurrency } from "@/lib/money";
import type { CampaignView } from "@/lib/campaigns/types";
import type { MediaView } from "@/lib/media/types";
import { DATE_MAX, DATE_MIN, LIMITS } from "@/lib/validation";
import { MetricEditor } from "./metric-editor";

type Schema = typeof upsertCampaignSchema;

function toFormValues(campaign: CampaignView | null): UpsertCampaignInput {
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
      currency: "USD",
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
      id: metric.id,
      kind: metric.kind,
      customName: metric.customName,
      value: String(metric.value),
      baseline: metric.baseline === null ? "" : String(metric.baseline),
      periodStart: metric.periodStart ?? "",
      periodEnd: metric.periodEnd ?? "",
      source: metric.source,
      evidenceId: metric.evidence?.id ?? null,
      series: metric.series.map((point) => ({ date: point.date, value: String(point.value) })),
    })),
    mediaAlts: campaign.metrics.flatMap((metric) => (metric.evidence ? [{ mediaId: metric.evidence.id, alt: metric.evidence.alt }] : [])),
  };
}

export function CampaignForm({ campaign }: { campaign: CampaignView | null }) {
  const t = useTranslations("editor");
  const err = useErrorText("editor");
  const [evidence, setEvidence] = useState<Record<string, MediaView>>(() =>
    Object.fromEntries((campaign?.metrics ?? []).flatMap((metric) => (metric.evidence ? [[metric.evidence.id, metric.evidence]] : []))),
  );

  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(upsertCampaignSchema),
    defaultValues: toFormValues(campaign),
  });
  const { register, control, handleSubmit, setValue, formState } = form;
  const { errors, isSubmitting } = formState;
  const metrics = useFieldArray({ control, name: "metrics" });
  const { uploads, alts, afterUploads } = useEditorUploads(form);

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

  const action = useActionForm({
    setError: form.setError,
    failedTitle: t("errors.saveFailed"),
    returnTo: "/dashboard/campaigns",
    versioned: { reset: ({ id, version }) => form.reset({ ...form.getValues(), id, baseVersion: version }) },
  });
  const submit = handleSubmit(async (values) => {
    await action.run(saveCampaignAction, values, campaign ? t("campaigns.updated") : t("campaigns.created"));
  });

  return (
    <EditorForm
      uploads={uploads}
      onSubmit={afterUploads(submit)}
      aside={
        <>
          <ComputedFigures figures={live.figures} growths={live.growths} currency={currency} />
          <SaveBar
            uploads={uploads}
            uploadKind="file"
            isNew={!campaign}
            pending={isSubmitting}
            cancelHref="/dashboard/campaigns"
            rootError={errors.root?.message}
            status={action.status}
          />
        </>
      }
    >
      <FormSection title={t("campaigns.sections.basics")}>
        <Field label={t("campaigns.fields.title")} error={err(errors.title?.message)}>
          {(c) => <Input {...c} maxLength={LIMITS.title} placeholder={t("campaigns.fields.titlePlaceholder")} {...register("title")} />}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("campaigns.fields.startDate")} error={err(errors.startDate?.message)}>
            {(c) => <Input {...c} min={DATE_MIN} max={DATE_MAX} type="date" {...register("startDate")} />}
          </Field>
          <Field label={t("campaigns.fields.endDate")} hint={t("campaigns.fields.endDateHint")} error={err(errors.endDate?.message)}>
            {(c) => <Input {...c} min={DATE_MIN} max={DATE_MAX} type="date" {...register("endDate")} />}
          </Field>
        </div>
        <fieldset>
          <legend className="mb-2 text-sm font-medium">{t("common.platforms")}</legend>
          <Controller control={control} name="platforms" render={({ field }) => <PlatformMultiSelect value={field.value ?? []} onChange={field.onChange} />} />
          {errors.platforms?.message && <FieldError message={errors.platforms.message} />}
        </fieldset>
        <Field
          label={t("campaigns.fields.summary")}
          hint={
            <>
              {t("campaigns.fields.summaryHint")} <CharCount control={control} name="summary" max={LIMITS.description} />
            </>
          }
          error={err(errors.summary?.message)}
        >
          {(c) => <Textarea {...c} maxLength={LIMITS.description} rows={4} {...register("summary")} />}
        </Field>
      </FormSection>

      <FormSection title={t("campaigns.sections.client")}>
        <ClientFields
          register={clientRegister(register)}
          errors={errors}
          confidential={Boolean(confidential)}
          clientPlaceholder={t("campaigns.fields.clientPlaceholder")}
          anonymizedPlaceholder={t("campaigns.fields.anonymizedPlaceholder")}
        />
      </FormSection>

      <FormSection title={t("campaigns.sections.goal")}>
        <SelectField
          label={t("campaigns.fields.objective")}
          error={err(errors.objective?.message)}
          registration={register("objective")}
          options={objectiveValues.map((value) => ({ value, label: t(`objectives.${value}`) }))}
        />
        <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
          <Field label={t("campaigns.fields.budget")} hint={t("campaigns.fields.budgetHint")} error={err(errors.budget?.message)}>
            {(c) => <Input {...c} inputMode="decimal" autoComplete="off" className="tabular" {...register("budget")} />}
          </Field>
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
