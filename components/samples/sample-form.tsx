"use client";

import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { useActionForm } from "@/components/editor/use-action-form";
import { useErrorText } from "@/components/editor/use-error-text";
import { ClientFields, clientRegister } from "@/components/editor/client-fields";
import { FormSection } from "@/components/editor/form-section";
import { useUnsavedChangesWarning } from "@/components/editor/use-unsaved-changes-warning";
import { FigureList } from "@/components/campaigns/figure-list";
import { useMediaAlts } from "@/components/media/attached-media";
import { FormUploadsScope, useFormUploads } from "@/components/media/form-uploads";
import { UploadSaveStatus, useSaveLabel } from "@/components/media/upload-save-status";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { CharCount } from "@/components/ui/char-count";
import { Field, FieldError } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { CampaignOption } from "@/lib/campaigns/types";
import type { MediaView } from "@/lib/media/types";
import { computePostFigures } from "@/lib/metrics/formulas";
import { parseNumberInput } from "@/lib/metrics/number";
import { platformValues } from "@/lib/platforms/platforms";
import { saveSampleAction } from "@/lib/samples/actions";
import { CAPTION_MAX, formatValues, postNumberFields, upsertSampleSchema, type UpsertSampleInput } from "@/lib/samples/schema";
import type { SampleView } from "@/lib/samples/types";
import { SampleMediaField } from "./sample-media-field";
import { DATE_MAX, DATE_MIN, LIMITS } from "@/lib/validation";

type Schema = typeof upsertSampleSchema;

function toFormValues(sample: SampleView | null): UpsertSampleInput {
  const numbers = Object.fromEntries(
    postNumberFields.map((field) => [field, sample && sample[field] !== null ? String(sample[field]) : ""]),
  ) as Record<(typeof postNumberFields)[number], string>;
  return {
    ...(sample ? { id: sample.id } : {}),
    platform: sample?.platform ?? "INSTAGRAM",
    format: sample?.format ?? "IMAGE_POST",
    title: sample?.title ?? "",
    caption: sample?.caption ?? "",
    hashtags: sample?.hashtags.map((tag) => `#${tag}`).join(" ") ?? "",
    postedAt: sample?.postedAt ?? "",
    url: sample?.url ?? "",
    campaignId: sample?.campaign?.id ?? "",
    workKind: sample?.workKind ?? "",
    client: sample?.client ?? "",
    confidential: sample?.confidential ?? false,
    anonymizedLabel: sample?.anonymizedLabel ?? "",
    ...numbers,
    mediaIds: sample?.media.map((item) => item.id) ?? [],
    mediaAlts: sample?.media.map((item) => ({ mediaId: item.id, alt: item.alt })) ?? [],
  };
}

function toNumber(value: unknown): number | null {
  if (typeof value === "number") return value;
  return typeof value === "string" ? parseNumberInput(value) : null;
}

export function SampleForm({ sample, campaigns }: { sample: SampleView | null; campaigns: CampaignOption[] }) {
  const t = useTranslations("editor");
  const tm = useTranslations("metrics");
  const err = useErrorText("editor");
  // Views of the pictures by id; `mediaIds` (the form's value) holds which and in what order.
  const [views, setViews] = useState<Record<string, MediaView>>(() => Object.fromEntries((sample?.media ?? []).map((item) => [item.id, item])));

  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(upsertSampleSchema),
    defaultValues: toFormValues(sample),
  });
  const { register, control, handleSubmit, setValue, getValues, formState } = form;
  const { errors, isDirty, isSubmitting } = formState;
  const uploads = useFormUploads();
  const alts = useMediaAlts(form);
  const saveLabel = useSaveLabel(uploads, "image");
  // Not "&& !isSubmitSuccessful": a save the server refused (say, for missing alt text) must still guard the pictures.
  useUnsavedChangesWarning(isDirty || uploads.running + uploads.stuck > 0);

  const confidential = useWatch({ control, name: "confidential" });
  const watched = useWatch({ control });
  const figures = computePostFigures(Object.fromEntries(postNumberFields.map((field) => [field, toNumber(watched[field])])));

  const mediaIds = useWatch({ control, name: "mediaIds" }) ?? [];
  const media = mediaIds.flatMap((id) => (views[id] ? [views[id]] : []));
  // getValues, not the render's list: two uploads finishing back to back must both land.
  const setMediaIds = (next: string[]) => setValue("mediaIds", next, { shouldDirty: true });
  const addMedia = (item: MediaView) => {
    setViews((current) => ({ ...current, [item.id]: item }));
    setMediaIds([...(getValues("mediaIds") ?? []), item.id]);
    alts.add(item);
  };
  const moveMedia = (index: number, delta: number) => {
    const next = [...(getValues("mediaIds") ?? [])];
    const [id] = next.splice(index, 1);
    next.splice(index + delta, 0, id!);
    setMediaIds(next);
  };
  const removeMedia = (id: string) => {
    setMediaIds((getValues("mediaIds") ?? []).filter((other) => other !== id));
    alts.remove(id);
  };

  const action = useActionForm({ setError: form.setError, failedTitle: t("errors.saveFailed"), returnTo: "/dashboard/samples" });
  const submit = handleSubmit(async (values) => {
    await action.run(saveSampleAction, values, sample ? t("samples.updated") : t("samples.created"));
  });
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await uploads.settle()) await submit();
  };

  return (
    <FormUploadsScope uploads={uploads}>
      <form onSubmit={onSubmit} noValidate className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem] lg:items-start">
        <div className="grid min-w-0 gap-6">
          <FormSection title={t("samples.sections.post")}>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field label={t("samples.fields.platform")} error={err(errors.platform?.message)}>
                {(c) => (
                  <Select {...c} {...register("platform")}>
                    {platformValues.map((value) => (
                      <option key={value} value={value}>
                        {t(`platforms.${value}`)}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              <Field label={t("samples.fields.format")} error={err(errors.format?.message)}>
                {(c) => (
                  <Select {...c} {...register("format")}>
                    {formatValues.map((value) => (
                      <option key={value} value={value}>
                        {t(`formats.${value}`)}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
            </div>
            <Field label={t("samples.fields.title")} error={err(errors.title?.message)}>
            {(c) => <Input {...c} maxLength={LIMITS.title} placeholder={t("samples.fields.titlePlaceholder")} {...register("title")} />}
            </Field>
          <Field label={t("samples.fields.caption")} hint={<CharCount control={control} name="caption" max={CAPTION_MAX} />} error={err(errors.caption?.message)}>
            {(c) => <Textarea {...c} maxLength={CAPTION_MAX} rows={5} {...register("caption")} />}
            </Field>
            <Field label={t("samples.fields.hashtags")} hint={t("samples.fields.hashtagsHint")} error={err(errors.hashtags?.message)}>
              {(c) => <Input {...c} autoComplete="off" placeholder="#coffee #homebrew" {...register("hashtags")} />}
            </Field>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field label={t("samples.fields.postedAt")} error={err(errors.postedAt?.message)}>
              {(c) => <Input {...c} min={DATE_MIN} max={DATE_MAX} type="date" {...register("postedAt")} />}
              </Field>
              <Field label={t("samples.fields.campaign")} error={err(errors.campaignId?.message)}>
                {(c) => (
                  <Select {...c} {...register("campaignId")}>
                    <option value="">{t("samples.fields.noCampaign")}</option>
                    {campaigns.map((campaign) => (
                      <option key={campaign.id} value={campaign.id}>
                        {campaign.title}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
            </div>
            <Field label={t("samples.fields.url")} error={err(errors.url?.message)}>
            {(c) => <Input {...c} maxLength={LIMITS.url} type="url" inputMode="url" placeholder={t("samples.fields.urlPlaceholder")} {...register("url")} />}
            </Field>
          </FormSection>

          <FormSection title={t("samples.sections.media")} lead={t("samples.sections.mediaLead")}>
            <SampleMediaField media={media} alt={alts.field} onAdd={addMedia} onMove={moveMedia} onRemove={removeMedia} />
            {errors.mediaIds?.message && <FieldError message={err(errors.mediaIds.message) ?? ""} />}
          </FormSection>

          <FormSection title={t("samples.sections.client")}>
            <ClientFields register={clientRegister(register)} errors={errors} confidential={Boolean(confidential)} />
          </FormSection>

          <FormSection title={t("samples.sections.numbers")} lead={t("samples.sections.numbersLead")}>
            <div className="grid grid-cols-2 gap-4 sm:grid-cols-4">
              {postNumberFields.map((field) => (
                <Field key={field} label={t(`samples.numbers.${field}`)} error={err(errors[field]?.message)}>
                  {(c) => <Input {...c} inputMode="decimal" autoComplete="off" className="tabular" {...register(field)} />}
                </Field>
              ))}
            </div>
          </FormSection>
        </div>

        <aside className="grid gap-4 lg:sticky lg:top-20" aria-labelledby="computed-heading">
          <section className="rounded-card border border-border p-4" aria-live="polite">
            <h2 id="computed-heading" className="text-sm font-semibold">
              {t("common.computedFigures")}
            </h2>
            {figures.length === 0 ? (
              <p className="mt-2 text-sm text-muted">{t("common.noFigures")}</p>
            ) : (
              <FigureList className="mt-3 sm:grid-cols-1" figures={figures} />
            )}
            <p className="mt-3 text-xs text-muted">{tm("notes.computed")}</p>
          </section>
          {errors.root?.message && <FieldError message={errors.root.message} />}
          <UploadSaveStatus uploads={uploads} />
          <div className="flex flex-col gap-2 sm:flex-row lg:flex-col">
            <Button type="submit" pending={isSubmitting || uploads.waitingFor > 0}>
              {saveLabel(sample ? t("common.saveChanges") : t("common.save"))}
            </Button>
            <ButtonLink href="/dashboard/samples" variant="secondary">
              {t("common.cancel")}
            </ButtonLink>
          </div>
        </aside>
      </form>
    </FormUploadsScope>
  );
}
