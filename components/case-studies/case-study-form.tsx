"use client";

import { useEffect, useMemo, useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Plus, RotateCcw } from "lucide-react";
import { useTranslations } from "next-intl";
import { Controller, useFieldArray, useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { FigureList } from "@/components/campaigns/figure-list";
import { useActionForm } from "@/components/editor/use-action-form";
import { useErrorText } from "@/components/editor/use-error-text";
import { ClientFields, clientRegister } from "@/components/editor/client-fields";
import { FormSection } from "@/components/editor/form-section";
import { CurrencyOptions } from "@/components/editor/currency-options";
import { useUnsavedChangesWarning } from "@/components/editor/use-unsaved-changes-warning";
import { AttachedMedia, useMediaAlts } from "@/components/media/attached-media";
import { FormUploadsScope, useFormUploads } from "@/components/media/form-uploads";
import { UploadSaveStatus, useSaveLabel } from "@/components/media/upload-save-status";
import { Uploader } from "@/components/media/uploader";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { Field, FieldError } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { campaignFigures } from "@/lib/campaigns/figures";
import { asCurrency, mostUsedCurrency } from "@/lib/campaigns/schema";
import { saveCaseStudyAction } from "@/lib/case-studies/actions";
import { NARRATIVE_MAX, upsertCaseStudySchema, type UpsertCaseStudyInput } from "@/lib/case-studies/schema";
import { anonymousSlug } from "@/lib/case-studies/slug";
import { nameMatcher, type ConfidentialName } from "@/lib/confidential/names";
import type { CaseStudyView, LinkOptions } from "@/lib/case-studies/types";
import type { MediaView } from "@/lib/media/types";
import { parseNumberInput } from "@/lib/metrics/number";
import { KeyResultEditor } from "./key-result-editor";
import { LinkPicker } from "./link-picker";
import { MarkdownField } from "./markdown-field";
import { DATE_MAX, DATE_MIN, LIMITS } from "@/lib/validation";

type Schema = typeof upsertCaseStudySchema;
const narratives = ["challenge", "strategy", "execution", "results", "lessons"] as const;

function toFormValues(study: CaseStudyView | null, options: LinkOptions): UpsertCaseStudyInput {
  if (!study) {
    return {
      title: "",
      slug: "",
      client: "",
      confidential: false,
      anonymizedLabel: "",
      workKind: "",
      currency: mostUsedCurrency(options.campaigns.map((campaign) => campaign.currency)),
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
  return {
    id: study.id,
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
    keyResults: study.keyResults.map((result) => ({
      id: result.id,
      kind: result.kind,
      customName: result.customName,
      value: String(result.value),
      baseline: result.baseline === null ? "" : String(result.baseline),
      periodStart: result.periodStart ?? "",
      periodEnd: result.periodEnd ?? "",
      source: result.source,
    })),
    campaignIds: study.campaigns.map((item) => item.id),
    sampleIds: study.samples.map((item) => item.id),
    documentIds: study.documents.map((item) => item.id),
    mediaAlts: study.cover ? [{ mediaId: study.cover.id, alt: study.cover.alt }] : [],
  };
}

function toNumber(value: unknown): number | null {
  if (typeof value === "number") return value;
  return typeof value === "string" ? parseNumberInput(value) : null;
}

type CaseStudyFormProps = {
  caseStudy: CaseStudyView | null;
  options: LinkOptions;
  handle: string;
  /** The portfolio's other confidential clients: the suggested slug must not name them either. */
  confidentialNames?: ConfidentialName[];
};

export function CaseStudyForm({ caseStudy, options, handle, confidentialNames = [] }: CaseStudyFormProps) {
  const t = useTranslations();
  const tc = useTranslations("caseStudies");
  const err = useErrorText("caseStudies", "editor");
  const [cover, setCover] = useState<MediaView | null>(caseStudy?.cover ?? null);
  // A new case study's slug follows the title until the owner edits it.
  const [slugEdited, setSlugEdited] = useState(caseStudy !== null);
  const [slugSuggestion, setSlugSuggestion] = useState<string | null>(null);

  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(upsertCaseStudySchema),
    defaultValues: toFormValues(caseStudy, options),
  });
  const { register, control, handleSubmit, setValue, formState } = form;
  const { errors, isDirty, isSubmitting } = formState;
  const keyResults = useFieldArray({ control, name: "keyResults" });
  const uploads = useFormUploads();
  const alts = useMediaAlts(form);
  const saveLabel = useSaveLabel(uploads, "image");
  // Not "&& !isSubmitSuccessful": a save the server refused must still guard what was picked.
  useUnsavedChangesWarning(isDirty || uploads.running + uploads.stuck > 0);

  const values = useWatch({ control });
  const live = campaignFigures(
    (values.keyResults ?? []).flatMap((result) =>
      result.kind ? [{ kind: result.kind, customName: result.customName, value: toNumber(result.value), baseline: toNumber(result.baseline) }] : [],
    ),
    null,
  );

  // The suggested slug comes from the title as visitors will read it (confidential names replaced by their labels).
  const { client = "", confidential = false, anonymizedLabel = "", title = "" } = values;
  const matcher = useMemo(
    () => nameMatcher([...confidentialNames, ...(confidential && client.trim() ? [{ name: client.trim(), label: anonymizedLabel.trim() }] : [])]),
    [confidentialNames, confidential, client, anonymizedLabel],
  );
  const suggestedSlug = anonymousSlug(title, matcher);
  useEffect(() => {
    if (!slugEdited && title !== "" && form.getValues("slug") !== suggestedSlug) setValue("slug", suggestedSlug, { shouldDirty: true });
  }, [slugEdited, title, suggestedSlug, setValue, form]);

  const titleField = register("title");
  const slugField = register("slug", {
    onChange: () => {
      setSlugEdited(true);
      setSlugSuggestion(null);
    },
  });

  const action = useActionForm({ setError: form.setError, failedTitle: t("editor.errors.saveFailed"), returnTo: "/dashboard/case-studies" });
  const submit = handleSubmit(async (input) => {
    setSlugSuggestion(null);
    await action.run(saveCaseStudyAction, input, caseStudy ? tc("updated") : tc("created"), (result) => {
      // A taken slug comes with a free one to offer beside the field, not as a field error.
      const { slugSuggestion: suggestion, ...fieldErrors } = result.fieldErrors ?? {};
      setSlugSuggestion(suggestion?.[0] ?? null);
      if (result.code !== "NOT_FOUND") return { ...result, fieldErrors };
      applyServerErrors({ fieldErrors }, form.setError);
      toast.error(t("editor.errors.saveFailed"), { description: tc("errors.linkNotFound") });
      return true;
    });
  });
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await uploads.settle()) await submit();
  };

  const slug = values.slug || "…";

  return (
    <FormUploadsScope uploads={uploads}>
      <form onSubmit={onSubmit} noValidate className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem] lg:items-start">
        <div className="grid min-w-0 gap-6">
          <FormSection title={tc("sections.basics")}>
            <Field label={tc("fields.title")} error={err(errors.title?.message)}>
              {(c) => <Input {...c} placeholder={tc("fields.titlePlaceholder")} {...titleField} />}
            </Field>
            <div className="grid gap-1.5">
              <Field
                label={tc("fields.slug")}
                hint={tc("fields.slugHint", { url: tc("publicUrl", { handle, slug }) })}
                error={err(errors.slug?.message)}
              >
                {(c) => <Input {...c} autoComplete="off" spellCheck={false} className="font-mono" {...slugField} />}
              </Field>
              <div className="flex flex-wrap gap-2">
                {slugSuggestion && (
                  <Button
                    type="button"
                    size="sm"
                    variant="secondary"
                    onClick={() => {
                      setValue("slug", slugSuggestion, { shouldDirty: true, shouldValidate: true });
                      setSlugEdited(true);
                      setSlugSuggestion(null);
                    }}
                  >
                    {tc("fields.slugUse", { slug: slugSuggestion })}
                  </Button>
                )}
                {slugEdited && (
                  <Button
                    type="button"
                    size="sm"
                    variant="ghost"
                    onClick={() => {
                      setSlugEdited(false);
                    setValue("slug", anonymousSlug(form.getValues("title") ?? "", matcher), { shouldDirty: true, shouldValidate: true });
                    }}
                  >
                    <RotateCcw aria-hidden className="size-3.5" />
                    {tc("fields.slugReset")}
                  </Button>
                )}
              </div>
            </div>
            <Field label={tc("fields.role")} error={err(errors.role?.message)}>
            {(c) => <Input {...c} maxLength={LIMITS.title} placeholder={tc("fields.rolePlaceholder")} {...register("role")} />}
            </Field>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field label={tc("fields.periodStart")} error={err(errors.periodStart?.message)}>
              {(c) => <Input {...c} min={DATE_MIN} max={DATE_MAX} type="date" {...register("periodStart")} />}
              </Field>
              <Field label={tc("fields.periodEnd")} hint={tc("fields.periodEndHint")} error={err(errors.periodEnd?.message)}>
              {(c) => <Input {...c} min={DATE_MIN} max={DATE_MAX} type="date" {...register("periodEnd")} />}
              </Field>
            </div>
          </FormSection>

          <FormSection title={tc("sections.client")}>
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
            {keyResults.fields.length === 0 ? (
              <p className="rounded-lg bg-surface p-4 text-sm text-muted">{tc("keyResult.none")}</p>
            ) : (
              <ol className="grid gap-3">
                {keyResults.fields.map((field, index) => (
                  <KeyResultEditor
                    key={field.id}
                    index={index}
                    control={control}
                    register={register}
                    errors={errors}
                    onRemove={() => keyResults.remove(index)}
                  />
                ))}
              </ol>
            )}
            {errors.keyResults?.message && <FieldError message={errors.keyResults.message} />}
            <div>
              <Button
                type="button"
                variant="secondary"
                onClick={() =>
                  keyResults.append({
                    kind: keyResults.fields.length === 0 ? "FOLLOWERS" : "ENGAGEMENTS",
                    customName: "",
                    value: "",
                    baseline: "",
                    periodStart: "",
                    periodEnd: "",
                    source: "SELF_REPORTED",
                  })
                }
              >
                <Plus aria-hidden className="size-4" />
                {tc("keyResult.add")}
              </Button>
            </div>
          </FormSection>

          <FormSection title={tc("sections.links")} lead={tc("sections.linksLead")}>
            <Controller
              control={control}
              name="campaignIds"
              render={({ field }) => (
                <LinkPicker
                  legend={tc("links.campaigns")}
                  empty={tc("links.noCampaigns")}
                  addHref="/dashboard/campaigns/new"
                  addLabel={t("editor.campaigns.add")}
                  options={options.campaigns}
                  value={field.value ?? []}
                  onChange={field.onChange}
                  error={err(errors.campaignIds?.message)}
                />
              )}
            />
            <Controller
              control={control}
              name="sampleIds"
              render={({ field }) => (
                <LinkPicker
                  legend={tc("links.samples")}
                  empty={tc("links.noSamples")}
                  addHref="/dashboard/samples/new"
                  addLabel={t("editor.samples.add")}
                  options={options.samples.map((sample) => ({ ...sample, detail: t(`editor.platforms.${sample.platform as "OTHER"}`) }))}
                  value={field.value ?? []}
                  onChange={field.onChange}
                  error={err(errors.sampleIds?.message)}
                />
              )}
            />
            <Controller
              control={control}
              name="documentIds"
              render={({ field }) => (
                <LinkPicker
                  legend={tc("links.documents")}
                  empty={tc("links.noDocuments")}
                  addHref="/dashboard/documents/new"
                  addLabel={t("dashboard.nav.documents")}
                  options={options.documents}
                  value={field.value ?? []}
                  onChange={field.onChange}
                  error={err(errors.documentIds?.message)}
                />
              )}
            />
          </FormSection>

          <FormSection title={tc("sections.cover")} lead={tc("fields.coverHint")}>
            {cover && values.coverId ? (
              <AttachedMedia
                media={cover}
                alt={alts.field(cover.id)}
                removeLabel={tc("fields.removeCover")}
                onRemove={() => {
                  setCover(null);
                  setValue("coverId", null, { shouldDirty: true });
                  alts.remove(cover.id);
                }}
              />
            ) : (
              <Uploader
                purpose="sample"
                accept="image"
                max={1}
                onUploaded={(media) => {
                  setCover(media);
                  setValue("coverId", media.id, { shouldDirty: true });
                  alts.add(media);
                }}
              />
            )}
            {errors.coverId?.message && <FieldError message={err(errors.coverId.message) ?? ""} />}
          </FormSection>
        </div>

        <aside className="grid gap-4 lg:sticky lg:top-20" aria-labelledby="computed-heading">
          <section className="rounded-card border border-border p-4" aria-live="polite">
            <h2 id="computed-heading" className="text-sm font-semibold">
              {t("editor.common.computedFigures")}
            </h2>
            {live.figures.length === 0 && live.growths.length === 0 ? (
              <p className="mt-2 text-sm text-muted">{t("editor.common.noFigures")}</p>
            ) : (
              <FigureList
                className="mt-3 sm:grid-cols-1"
                figures={live.figures}
                currency={values.currency}
                growths={live.growths.map((growth) => ({
                  ...growth,
                  label: growth.kind === "CUSTOM" ? growth.customName : t(`metrics.kinds.${growth.kind}`),
                }))}
              />
            )}
            <p className="mt-3 text-xs text-muted">{t("metrics.notes.computed")}</p>
          </section>
          {errors.root?.message && <FieldError message={errors.root.message} />}
          <UploadSaveStatus uploads={uploads} />
          <div className="flex flex-col gap-2 sm:flex-row lg:flex-col">
            <Button type="submit" pending={isSubmitting || uploads.waitingFor > 0}>
              {saveLabel(caseStudy ? t("editor.common.saveChanges") : t("editor.common.save"))}
            </Button>
            <ButtonLink href="/dashboard/case-studies" variant="secondary">
              {t("editor.common.cancel")}
            </ButtonLink>
          </div>
        </aside>
      </form>
    </FormUploadsScope>
  );
}
