"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { ClientFields, clientRegister } from "@/components/editor/client-fields";
import { toNumber } from "@/lib/metrics/number";
import { EditorForm, useItemForm } from "@/components/editor/editor-form";
import { CampaignFillNote, useCampaignFill } from "@/components/editor/use-campaign-fill";
import { FormSection } from "@/components/editor/form-section";
import { SelectField } from "@/components/editor/select-field";
import { useErrorText } from "@/components/editor/use-error-text";
import { bindField, DateField, TextareaField, TextField } from "@/components/editor/text-field";
import { Field, FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { CampaignOption } from "@/lib/campaigns/types";
import type { MediaView } from "@/lib/media/types";
import { computePostFigures } from "@/lib/metrics/formulas";
import { platformValues } from "@/lib/platforms/platforms";
import { saveSampleAction } from "@/lib/samples/actions";
import { CAPTION_MAX, formatValues, postNumberFields, upsertSampleSchema, type UpsertSampleInput } from "@/lib/samples/schema";
import type { SampleView } from "@/lib/samples/types";
import type { CampaignFacts, FormHistory } from "@/lib/shared/defaults";
import { LIMITS } from "@/lib/validation";
import { SampleMediaField } from "./sample-media-field";

/** The sample's own values, or a new one's: on the platform of the owner's last sample. */
function toFormValues(sample: SampleView | null, history?: FormHistory): UpsertSampleInput {
  const numbers = Object.fromEntries(postNumberFields.map((field) => [field, sample && sample[field] !== null ? String(sample[field]) : ""])) as Record<
    (typeof postNumberFields)[number],
    string
  >;
  return {
    ...(sample ? { id: sample.id, baseVersion: sample.version } : {}),
    platform: sample?.platform ?? history?.platform ?? "INSTAGRAM",
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

type SampleFormProps = {
  sample: SampleView | null;
  campaigns: CampaignOption[];
  /** The campaigns' facts a linked sample takes (kind of work, client, confidentiality). */
  campaignFacts?: CampaignFacts[];
  history?: FormHistory;
};

export function SampleForm({ sample, campaigns, campaignFacts = [], history }: SampleFormProps) {
  const t = useTranslations();
  const err = useErrorText("editor");
  // Views of the pictures by id; `mediaIds` (the form's value) holds which and in what order.
  const [views, setViews] = useState<Record<string, MediaView>>(() => Object.fromEntries((sample?.media ?? []).map((item) => [item.id, item])));

  const { form, errors, alts, frame } = useItemForm("samples", {
    schema: upsertSampleSchema,
    defaultValues: toFormValues(sample, history),
    item: sample,
    action: saveSampleAction,
  });
  const { register, control, setValue, getValues } = form;
  const field = bindField(form, err);
  const campaignFill = useCampaignFill(form, ["workKind", "client", "confidential", "anonymizedLabel"]);

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

  return (
    <EditorForm {...frame} figures={{ figures }}>
      <FormSection title={t("samples.sections.post")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            {...field("platform", t("samples.fields.platform"))}
            options={platformValues.map((value) => ({ value, label: t(`platforms.names.${value}`) }))}
          />
          <SelectField
            {...field("format", t("samples.fields.format"))}
            options={formatValues.map((value) => ({ value, label: t(`platforms.formats.${value}`) }))}
          />
        </div>
        <TextField {...field("title", t("samples.fields.title"))} maxLength={LIMITS.title} placeholder={t("samples.fields.titlePlaceholder")} />
        <TextareaField {...field("caption", t("samples.fields.caption"))} count={control} maxLength={CAPTION_MAX} rows={5} />
        <TextField
          {...field("hashtags", t("samples.fields.hashtags"))}
          hint={t("samples.fields.hashtagsHint")}
          autoComplete="off"
          placeholder="#coffee #homebrew"
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <DateField {...field("postedAt", t("samples.fields.postedAt"))} />
          <SelectField
            {...field("campaignId", t("samples.fields.campaign"))}
            registration={register("campaignId", { onChange: (event) => campaignFill.apply(campaignFacts.find((item) => item.id === event.target.value)) })}
            options={[{ value: "", label: t("samples.fields.noCampaign") }, ...campaigns.map((campaign) => ({ value: campaign.id, label: campaign.title }))]}
          />
        </div>
        <CampaignFillNote note={campaignFill.note} />
        <TextField
          {...field("url", t("samples.fields.url"))}
          maxLength={LIMITS.url}
          type="url"
          inputMode="url"
          placeholder={t("samples.fields.urlPlaceholder")}
        />
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
