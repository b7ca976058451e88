"use client";

import { useTranslations } from "next-intl";
import { Controller, useWatch } from "react-hook-form";
import { EditorForm, useItemForm } from "@/components/editor/editor-form";
import { FormSection, SwitchField } from "@/components/editor/form-section";
import { SelectField } from "@/components/editor/select-field";
import { useErrorText } from "@/components/editor/use-error-text";
import { FormMediaField } from "@/components/media/single-media-field";
import { bindField, TextareaField, TextField } from "@/components/editor/text-field";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { CampaignOption } from "@/lib/campaigns/types";
import { saveDocumentAction } from "@/lib/documents/actions";
import { DOCUMENT_BODY_MAX, DOCUMENT_SUMMARY_MAX, documentKindValues, upsertDocumentSchema, type UpsertDocumentInput } from "@/lib/documents/schema";
import type { DocumentView } from "@/lib/documents/types";
import { LIMITS } from "@/lib/validation";
import { MarkdownEditor } from "./markdown-editor";

function toFormValues(document: DocumentView | null): UpsertDocumentInput {
  return {
    ...(document ? { id: document.id, baseVersion: document.version } : {}),
    title: document?.title ?? "",
    kind: document?.kind ?? "SOCIAL_MEDIA_STRATEGY",
    summary: document?.summary ?? "",
    body: document?.body ?? "",
    pdfId: document?.pdf?.id ?? null,
    campaignId: document?.campaign?.id ?? "",
    client: document?.client ?? "",
    confidential: document?.confidential ?? false,
    anonymizedLabel: document?.anonymizedLabel ?? "",
    mediaAlts: document?.pdf ? [{ mediaId: document.pdf.id, alt: document.pdf.alt }] : [],
  };
}

export function DocumentForm({ document, campaigns }: { document: DocumentView | null; campaigns: CampaignOption[] }) {
  const t = useTranslations("documents");
  const tEditor = useTranslations("editor");
  const err = useErrorText("documents", "editor");

  const { form, errors, alts, frame } = useItemForm("documents", {
    schema: upsertDocumentSchema,
    defaultValues: toFormValues(document),
    item: document,
    action: saveDocumentAction,
  });
  const { register, control, setValue } = form;
  const field = bindField(form, err);
  const confidential = useWatch({ control, name: "confidential" });
  const pdfId = useWatch({ control, name: "pdfId" });

  return (
    <EditorForm {...frame}>
      <FormSection title={t("sections.basics")}>
        <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_16rem]">
          <TextField {...field("title", t("fields.title"))} maxLength={LIMITS.title} placeholder={t("fields.titlePlaceholder")} />
          <SelectField {...field("kind", t("fields.kind"))} options={documentKindValues.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} />
        </div>
        <TextareaField
          {...field("summary", t("fields.summary"))}
          hint={t("fields.summaryHint")}
          rows={3}
          maxLength={DOCUMENT_SUMMARY_MAX}
          placeholder={t("fields.summaryPlaceholder")}
        />
      </FormSection>

      <FormSection title={t("sections.body")} lead={t("sections.bodyLead")}>
        <Field label={t("fields.body")} error={err(errors.body?.message)}>
          {(c) => (
            <Controller
              control={control}
              name="body"
              render={({ field }) => (
                <MarkdownEditor control={c} value={field.value ?? ""} onChange={field.onChange} onBlur={field.onBlur} max={DOCUMENT_BODY_MAX} />
              )}
            />
          )}
        </Field>
      </FormSection>

      <FormSection title={t("sections.attachment")} lead={t("sections.attachmentLead")}>
        <FormMediaField
          mediaId={pdfId}
          onChange={(id) => setValue("pdfId", id, { shouldDirty: true })}
          initial={document?.pdf ?? null}
          alts={alts}
          error={err(errors.pdfId?.message)}
          removeLabel={t("fields.removePdf")}
          purpose="document"
          accept="pdf"
          emptyHint={document?.pdf && <p className="text-xs text-muted">{t("fields.pdfRemovedHint")}</p>}
        />
      </FormSection>

      <FormSection title={t("sections.context")}>
        <SelectField
          {...field("campaignId", t("fields.campaign"))}
          hint={t("fields.campaignHint")}
          options={[{ value: "", label: t("fields.noCampaign") }, ...campaigns.map((campaign) => ({ value: campaign.id, label: campaign.title }))]}
        />
        <TextField
          {...field("client", t("fields.client"))}
          hint={confidential ? t("fields.clientHint") : undefined}
          maxLength={LIMITS.title}
          placeholder={t("fields.clientPlaceholder")}
          autoComplete="off"
        />
        <SwitchField label={tEditor("common.confidential")} hint={tEditor("common.confidentialHint")} {...register("confidential")} />
        {confidential && (
          <Field label={tEditor("common.anonymizedLabel")} hint={tEditor("common.anonymizedLabelHint")} error={err(errors.anonymizedLabel?.message)}>
            {(c) => (
              <Input {...c} maxLength={LIMITS.title} placeholder={t("fields.anonymizedPlaceholder")} autoComplete="off" {...register("anonymizedLabel")} />
            )}
          </Field>
        )}
      </FormSection>
    </EditorForm>
  );
}
