"use client";

import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Controller, useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { useActionForm } from "@/components/editor/use-action-form";
import { useErrorText } from "@/components/editor/use-error-text";
import { FormSection, SwitchField } from "@/components/editor/form-section";
import { useUnsavedChangesWarning } from "@/components/editor/use-unsaved-changes-warning";
import { AttachedMedia, useMediaAlts } from "@/components/media/attached-media";
import { FormUploadsScope, useFormUploads } from "@/components/media/form-uploads";
import { UploadSaveStatus, useSaveLabel } from "@/components/media/upload-save-status";
import { Uploader } from "@/components/media/uploader";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { Field, FieldError } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { CampaignOption } from "@/lib/campaigns/types";
import { saveDocumentAction } from "@/lib/documents/actions";
import { DOCUMENT_BODY_MAX, DOCUMENT_SUMMARY_MAX, documentKindValues, upsertDocumentSchema, type UpsertDocumentInput } from "@/lib/documents/schema";
import type { DocumentView } from "@/lib/documents/types";
import type { MediaView } from "@/lib/media/types";
import { MarkdownEditor } from "./markdown-editor";
import { LIMITS } from "@/lib/validation";

type Schema = typeof upsertDocumentSchema;

function toFormValues(document: DocumentView | null): UpsertDocumentInput {
  return {
    ...(document ? { id: document.id } : {}),
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
  const [pdf, setPdf] = useState<MediaView | null>(document?.pdf ?? null);

  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(upsertDocumentSchema),
    defaultValues: toFormValues(document),
  });
  const { register, control, handleSubmit, setValue, formState } = form;
  const { errors, isDirty, isSubmitting } = formState;
  const uploads = useFormUploads();
  const alts = useMediaAlts(form);
  const saveLabel = useSaveLabel(uploads, "file");
  // Not "&& !isSubmitSuccessful": a save the server refused must still guard what was picked.
  useUnsavedChangesWarning(isDirty || uploads.running + uploads.stuck > 0);
  const confidential = useWatch({ control, name: "confidential" });
  const pdfId = useWatch({ control, name: "pdfId" });

  const action = useActionForm({ setError: form.setError, failedTitle: tEditor("errors.saveFailed"), returnTo: "/dashboard/documents" });
  const submit = handleSubmit(async (values) => {
    await action.run(saveDocumentAction, values, document ? t("updated") : t("created"));
  });
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await uploads.settle()) await submit();
  };

  return (
    <FormUploadsScope uploads={uploads}>
      <form onSubmit={onSubmit} noValidate className="grid gap-6">
        <FormSection title={t("sections.basics")}>
          <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_16rem]">
            <Field label={t("fields.title")} error={err(errors.title?.message)}>
            {(c) => <Input {...c} maxLength={LIMITS.title} placeholder={t("fields.titlePlaceholder")} {...register("title")} />}
            </Field>
            <Field label={t("fields.kind")} error={err(errors.kind?.message)}>
              {(c) => (
                <Select {...c} {...register("kind")}>
                  {documentKindValues.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`kinds.${kind}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          </div>
          <Field label={t("fields.summary")} hint={t("fields.summaryHint")} error={err(errors.summary?.message)}>
            {(c) => <Textarea {...c} rows={3} maxLength={DOCUMENT_SUMMARY_MAX} placeholder={t("fields.summaryPlaceholder")} {...register("summary")} />}
          </Field>
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
          {pdf && pdfId ? (
            <AttachedMedia
              media={pdf}
              alt={alts.field(pdf.id)}
              removeLabel={t("fields.removePdf")}
              onRemove={() => {
                setValue("pdfId", null, { shouldDirty: true });
                alts.remove(pdf.id);
              }}
            />
          ) : (
            <>
              <Uploader
                purpose="document"
                accept="pdf"
                max={1}
                onUploaded={(media) => {
                  setPdf(media);
                  setValue("pdfId", media.id, { shouldDirty: true });
                  alts.add(media);
                }}
              />
              {document?.pdf && <p className="text-xs text-muted">{t("fields.pdfRemovedHint")}</p>}
            </>
          )}
          {errors.pdfId?.message && <FieldError message={err(errors.pdfId.message) ?? errors.pdfId.message} />}
        </FormSection>

        <FormSection title={t("sections.context")}>
          <Field label={t("fields.campaign")} hint={t("fields.campaignHint")} error={err(errors.campaignId?.message)}>
            {(c) => (
              <Select {...c} {...register("campaignId")}>
                <option value="">{t("fields.noCampaign")}</option>
                {campaigns.map((campaign) => (
                  <option key={campaign.id} value={campaign.id}>
                    {campaign.title}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t("fields.client")} hint={confidential ? t("fields.clientHint") : undefined} error={err(errors.client?.message)}>
          {(c) => <Input {...c} maxLength={LIMITS.title} placeholder={t("fields.clientPlaceholder")} autoComplete="off" {...register("client")} />}
          </Field>
          <SwitchField label={tEditor("common.confidential")} hint={tEditor("common.confidentialHint")} {...register("confidential")} />
          {confidential && (
            <Field label={tEditor("common.anonymizedLabel")} hint={tEditor("common.anonymizedLabelHint")} error={err(errors.anonymizedLabel?.message)}>
            {(c) => <Input {...c} maxLength={LIMITS.title} placeholder={t("fields.anonymizedPlaceholder")} autoComplete="off" {...register("anonymizedLabel")} />}
            </Field>
          )}
        </FormSection>

        <div className="sticky bottom-0 z-10 flex flex-wrap items-center justify-end gap-3 border-t border-border bg-bg/95 py-3 backdrop-blur">
          <div className="mr-auto grid gap-0.5">
            {isDirty && <p className="text-sm text-muted">{tEditor("common.unsavedChanges")}</p>}
            <UploadSaveStatus uploads={uploads} />
          </div>
          <ButtonLink href="/dashboard/documents" variant="secondary">
            {tEditor("common.cancel")}
          </ButtonLink>
          <Button type="submit" pending={isSubmitting || uploads.waitingFor > 0}>
            {saveLabel(document ? tEditor("common.saveChanges") : tEditor("common.save"))}
          </Button>
        </div>
      </form>
    </FormUploadsScope>
  );
}
