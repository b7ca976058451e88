"use client";

import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { ClientFields, clientRegister } from "@/components/editor/client-fields";
import { ComputedFigures, toNumber } from "@/components/editor/computed-figures";
import { EditorForm, useEditorUploads } from "@/components/editor/editor-form";
import { FormSection } from "@/components/editor/form-section";
import { SaveBar } from "@/components/editor/save-bar";
import { SelectField } from "@/components/editor/select-field";
import { useActionForm } from "@/components/editor/use-action-form";
import { useErrorText } from "@/components/editor/use-error-text";
import { CharCount } from "@/components/ui/char-count";
import { Field, FieldError } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import type { CampaignOption } from "@/lib/campaigns/types";
import type { MediaView } from "@/lib/media/types";
import { computePostFigures } from "@/lib/metrics/formulas";
import { platformValues } from "@/lib/platforms/platforms";
import { saveSampleAction } from "@/lib/samples/actions";
import { CAPTION_MAX, formatValues, postNumberFields, upsertSampleSchema, type UpsertSampleInput } from "@/lib/samples/schema";
import type { SampleView } from "@/lib/samples/types";
import { DATE_MAX, DATE_MIN, LIMITS } from "@/lib/validation";
import { SampleMediaField } from "./sample-media-field";

type Schema = typeof upsertSampleSchema;

function toFormValues(sample: SampleView | null): UpsertSampleInput {
  const numbers = Object.fromEntries(postNumberFields.map((field) => [field, sample && sample[field] !== null ? String(sample[field]) : ""])) as Record<
    (typeof postNumberFields)[number],
    string
  >;
  return {
    ...(sample ? { id: sample.id, baseVersion: sample.version } : {}),
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

export function SampleForm({ sample, campaigns }: { sample: SampleView | null; campaigns: CampaignOption[] }) {
  const t = useTranslations("editor");
  const err = useErrorText("editor");
  // Views of the pictures by id; `mediaIds` (the form's value) holds which and in what order.
  const [views, setViews] = useState<Record<string, MediaView>>(() => Object.fromEntries((sample?.media ?? []).map((item) => [item.id, item])));

  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(upsertSampleSchema),
    defaultValues: toFormValues(sample),
  });
  const { register, control, handleSubmit, setValue, getValues, formState } = form;
  const { errors, isSubmitting } = formState;
  const { uploads, alts, afterUploads } = useEditorUploads(form);

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

  const action = useActionForm({
    setError: form.setError,
    failedTitle: t("errors.saveFailed"),
    returnTo: "/dashboard/samples",
    versioned: { reset: ({ id, version }) => form.reset({ ...form.getValues(), id, baseVersion: version }) },
  });
  const submit = handleSubmit(async (values) => {
    await action.run(saveSampleAction, values, sample ? t("samples.updated") : t("samples.created"));
  });

  return (
    <EditorForm
      uploads={uploads}
      onSubmit={afterUploads(submit)}
      aside={
        <>
          <ComputedFigures figures={figures} />
          <SaveBar
            uploads={uploads}
            uploadKind="image"
            isNew={!sample}
            pending={isSubmitting}
            cancelHref="/dashboard/samples"
            rootError={errors.root?.message}
            status={action.status}
          />
        </>
      }
    >
      <FormSection title={t("samples.sections.post")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label={t("samples.fields.platform")}
            error={err(errors.platform?.message)}
            registration={register("platform")}
            options={platformValues.map((value) => ({ value, label: t(`platforms.${value}`) }))}
          />
          <SelectField
            label={t("samples.fields.format")}
            error={err(errors.format?.message)}
            registration={register("format")}
            options={formatValues.map((value) => ({ value, label: t(`formats.${value}`) }))}
          />
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
          <SelectField
            label={t("samples.fields.campaign")}
            error={err(errors.campaignId?.message)}
            registration={register("campaignId")}
            options={[{ value: "", label: t("samples.fields.noCampaign") }, ...campaigns.map((campaign) => ({ value: campaign.id, label: campaign.title }))]}
          />
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
    </EditorForm>
  );
}
