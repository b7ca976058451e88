"use client";

import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { Controller, useFieldArray, useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { useActionForm } from "@/components/editor/use-action-form";
import { useErrorText } from "@/components/editor/use-error-text";
import { ClientFields, clientRegister } from "@/components/editor/client-fields";
import { FormSection } from "@/components/editor/form-section";
import { PlatformMultiSelect } from "@/components/editor/platform-multi-select";
import { CurrencyOptions } from "@/components/editor/currency-options";
import { useUnsavedChangesWarning } from "@/components/editor/use-unsaved-changes-warning";
import { useMediaAlts } from "@/components/media/attached-media";
import { FormUploadsScope, useFormUploads } from "@/components/media/form-uploads";
import { UploadSaveStatus, useSaveLabel } from "@/components/media/upload-save-status";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { CharCount } from "@/components/ui/char-count";
import { Field, FieldError } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { saveCampaignAction } from "@/lib/campaigns/actions";
import { campaignFigures } from "@/lib/campaigns/figures";
import { asCurrency, objectiveValues, upsertCampaignSchema, type UpsertCampaignInput } from "@/lib/campaigns/schema";
import type { CampaignView } from "@/lib/campaigns/types";
import type { MediaView } from "@/lib/media/types";
import { parseNumberInput } from "@/lib/metrics/number";
import { FigureList } from "./figure-list";
import { MetricEditor } from "./metric-editor";
import { DATE_MAX, DATE_MIN, LIMITS } from "@/lib/validation";

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

function toNumber(value: unknown): number | null {
  if (typeof value === "number") return value;
  return typeof value === "string" ? parseNumberInput(value) : null;
}

export function CampaignForm({ campaign }: { campaign: CampaignView | null }) {
  const t = useTranslations("editor");
  const tm = useTranslations("metrics");
  const err = useErrorText("editor");
  const [evidence, setEvidence] = useState<Record<string, MediaView>>(() =>
    Object.fromEntries((campaign?.metrics ?? []).flatMap((metric) => (metric.evidence ? [[metric.evidence.id, metric.evidence]] : []))),
  );

  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(upsertCampaignSchema),
    defaultValues: toFormValues(campaign),
  });
  const { register, control, handleSubmit, setValue, formState } = form;
  const { errors, isDirty, isSubmitting } = formState;
  const metrics = useFieldArray({ control, name: "metrics" });
  const uploads = useFormUploads();
  const alts = useMediaAlts(form);
  const saveLabel = useSaveLabel(uploads, "file");
  // Not "&& !isSubmitSuccessful": a save the server refused must still guard what was picked.
  useUnsavedChangesWarning(isDirty || uploads.running + uploads.stuck > 0);

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

  const action = useActionForm({ setError: form.setError, failedTitle: t("errors.saveFailed"), returnTo: "/dashboard/campaigns" });
  const submit = handleSubmit(async (values) => {
    await action.run(saveCampaignAction, values, campaign ? t("campaigns.updated") : t("campaigns.created"));
  });
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await uploads.settle()) await submit();
  };

  return (
    <FormUploadsScope uploads={uploads}>
      <form onSubmit={onSubmit} noValidate className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem] lg:items-start">
        <div className="grid min-w-0 gap-6">
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
              <Controller
                control={control}
                name="platforms"
                render={({ field }) => <PlatformMultiSelect value={field.value ?? []} onChange={field.onChange} />}
              />
              {errors.platforms?.message && <FieldError message={errors.platforms.message} />}
            </fieldset>
          <Field label={t("campaigns.fields.summary")} hint={<>{t("campaigns.fields.summaryHint")} <CharCount control={control} name="summary" max={LIMITS.description} /></>} error={err(errors.summary?.message)}>
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
            <Field label={t("campaigns.fields.objective")} error={err(errors.objective?.message)}>
              {(c) => (
                <Select {...c} {...register("objective")}>
                  {objectiveValues.map((value) => (
                    <option key={value} value={value}>
                      {t(`objectives.${value}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
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
            {metrics.fields.length === 0 ? (
              <p className="rounded-lg bg-surface p-4 text-sm text-muted">{t("campaigns.metric.noMetrics")}</p>
            ) : (
              <ol className="grid gap-3">
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
              </ol>
            )}
            {errors.metrics?.message && <FieldError message={errors.metrics.message} />}
            <div>
              <Button
                type="button"
                variant="secondary"
                onClick={() =>
                  metrics.append({
                    kind: metrics.fields.length === 0 ? "REACH" : "ENGAGEMENTS",
                    customName: "",
                    value: "",
                    baseline: "",
                    periodStart: "",
                    periodEnd: "",
                    source: "SELF_REPORTED",
                    evidenceId: null,
                    series: [],
                  })
                }
              >
                <Plus aria-hidden className="size-4" />
                {t("campaigns.metric.add")}
              </Button>
            </div>
          </FormSection>
        </div>

        <aside className="grid gap-4 lg:sticky lg:top-20" aria-labelledby="computed-heading">
          <section className="rounded-card border border-border p-4" aria-live="polite">
            <h2 id="computed-heading" className="text-sm font-semibold">
              {t("common.computedFigures")}
            </h2>
            {live.figures.length === 0 && live.growths.length === 0 ? (
              <p className="mt-2 text-sm text-muted">{t("common.noFigures")}</p>
            ) : (
              <FigureList
                className="mt-3 sm:grid-cols-1"
                figures={live.figures}
                currency={currency}
                growths={live.growths.map((growth) => ({
                  ...growth,
                  label: growth.kind === "CUSTOM" ? growth.customName : tm(`kinds.${growth.kind}`),
                }))}
              />
            )}
            <p className="mt-3 text-xs text-muted">{tm("notes.computed")}</p>
          </section>
          {errors.root?.message && <FieldError message={errors.root.message} />}
          <UploadSaveStatus uploads={uploads} />
          <div className="flex flex-col gap-2 sm:flex-row lg:flex-col">
            <Button type="submit" pending={isSubmitting || uploads.waitingFor > 0}>
              {saveLabel(campaign ? t("common.saveChanges") : t("common.save"))}
            </Button>
            <ButtonLink href="/dashboard/campaigns" variant="secondary">
              {t("common.cancel")}
            </ButtonLink>
          </div>
        </aside>
      </form>
    </FormUploadsScope>
  );
}
