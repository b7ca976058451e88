"use client";

import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { AlertTriangle, Award, ExternalLink, EyeOff, Plus } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { useRoomErrorText } from "@/components/case-studies/use-error-text";
import { useFailureToast } from "@/components/editor/action-feedback";
import { SortableList } from "@/components/editor/sortable-list";
import { useUnsavedChangesWarning } from "@/components/editor/use-unsaved-changes-warning";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field, FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { fromIsoDate } from "@/lib/campaigns/dates";
import { reorderCredentialsAction, saveCertificationAction } from "@/lib/credentials/actions";
import { isExpired, todayIso } from "@/lib/credentials/expiry";
import { certificationPresets } from "@/lib/credentials/presets";
import { upsertCertificationSchema } from "@/lib/credentials/schema";
import type { CertificationView } from "@/lib/credentials/types";
import { cn } from "@/lib/utils";
import { DialogButtons, FormDialog } from "./form-dialog";
import { RowActions } from "./row-actions";
import { SectionCard } from "./section-card";

type Schema = typeof upsertCertificationSchema;
type Editing = { item: CertificationView | null } | null;

export function CertificationsSection({ items }: { items: CertificationView[] }) {
  const t = useTranslations("credentials");
  const format = useFormatter();
  const [editing, setEditing] = useState<Editing>(null);
  const today = todayIso();
  const date = (value: string) => format.dateTime(fromIsoDate(value), { month: "short", year: "numeric", timeZone: "UTC" });

  return (
    <SectionCard
      id="certifications"
      icon={<Award />}
      title={t("certifications.title")}
      lead={t("certifications.lead")}
      action={
        <Button type="button" variant="secondary" size="sm" onClick={() => setEditing({ item: null })}>
          <Plus aria-hidden className="size-4" />
          {t("certifications.add")}
        </Button>
      }
    >
      {items.length === 0 ? (
        <p className="rounded-lg bg-surface p-4 text-sm text-muted">{t("certifications.empty")}</p>
      ) : (
        <SortableList
          items={items}
          label={t("certifications.title")}
          getTitle={(item) => item.name}
          onReorder={(ids) => reorderCredentialsAction({ kind: "certification", ids })}
          renderItem={(item) => {
            const expired = isExpired(item.expiresAt, today);
            return (
              <div data-testid="certification-row">
                <p className="font-medium">{item.name}</p>
                <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
                  {item.issuer && <span>{item.issuer}</span>}
                  {item.issuedAt && <span>{t("certifications.issued", { date: date(item.issuedAt) })}</span>}
                  {item.expiresAt &&
                    (expired ? (
                      <span className="inline-flex items-center gap-1 rounded-md border border-warning px-1.5 py-0.5 text-xs font-medium text-warning">
                        <AlertTriangle aria-hidden className="size-3.5" />
                        {t("certifications.expired")}
                        <span className="sr-only"> · {t("certifications.expiredOn", { date: date(item.expiresAt) })}</span>
                      </span>
                    ) : (
                      <span>{t("certifications.expires", { date: date(item.expiresAt) })}</span>
                    ))}
                  {item.hidden && (
                    <span className="inline-flex items-center gap-1 text-xs">
                      <EyeOff aria-hidden className="size-3.5" />
                      {t("hiddenBadge")}
                    </span>
                  )}
                </p>
                {item.verifyUrl && (
                  <a
                    href={item.verifyUrl}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="mt-1 inline-flex items-center gap-1 text-sm font-medium text-accent hover:underline"
                    aria-label={t("certifications.verifyNamed", { name: item.name })}
                  >
                    {t("certifications.verify")}
                    <ExternalLink aria-hidden className="size-3.5" />
                  </a>
                )}
              </div>
            );
          }}
          renderActions={(item) => (
            <RowActions kind="certification" id={item.id} title={item.name} hidden={item.hidden} onEdit={() => setEditing({ item })} />
          )}
        />
      )}
      <FormDialog
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        title={editing?.item ? t("certifications.editTitle") : t("certifications.addTitle")}
      >
        {editing && (
          <CertificationForm
            item={editing.item}
            taken={items.map((item) => item.name.toLowerCase())}
            onDone={() => setEditing(null)}
          />
        )}
      </FormDialog>
    </SectionCard>
  );
}

function CertificationForm({ item, taken, onDone }: { item: CertificationView | null; taken: string[]; onDone: () => void }) {
  const t = useTranslations("credentials");
  const err = useRoomErrorText("credentials");
  const failed = useFailureToast();
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(upsertCertificationSchema),
    defaultValues: {
      id: item?.id,
      name: item?.name ?? "",
      issuer: item?.issuer ?? "",
      issuedAt: item?.issuedAt ?? "",
      expiresAt: item?.expiresAt ?? "",
      credentialId: item?.credentialId ?? "",
      verifyUrl: item?.verifyUrl ?? "",
    },
  });
  const { register, handleSubmit, formState, setValue, control } = form;
  const { errors, isSubmitting, isDirty } = formState;
  useUnsavedChangesWarning(isDirty && !formState.isSubmitSuccessful);
  const name = useWatch({ control, name: "name" });

  const onSubmit = handleSubmit(async (values) => {
    const result = await saveCertificationAction(values);
    if (result.ok) {
      toast.success(item ? t("saved") : t("added"));
      onDone();
      return;
    }
    applyServerErrors(result, form.setError);
    failed(t("saveFailed"), result);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {!item && (
        <fieldset className="grid gap-2">
          <legend className="text-sm font-medium">{t("certifications.presets")}</legend>
          <p className="text-xs text-muted">{t("certifications.presetsHint")}</p>
          <div className="flex flex-wrap gap-2">
            {certificationPresets.map((preset) => {
              const selected = name === preset.name;
              const added = taken.includes(preset.name.toLowerCase());
              return (
                <button
                  key={preset.key}
                  type="button"
                  aria-pressed={selected}
                  onClick={() => {
                    setValue("name", preset.name, { shouldDirty: true, shouldValidate: true });
                    setValue("issuer", preset.issuer, { shouldDirty: true });
                  }}
                  className={cn(
                    "rounded-full border px-3 py-1.5 text-sm transition-colors",
                    selected ? "border-transparent bg-accent text-accent-fg" : "border-border hover:bg-surface",
                  )}
                >
                  {added ? t("certifications.alreadyAdded", { name: preset.name }) : preset.name}
                </button>
              );
            })}
          </div>
        </fieldset>
      )}
      <Field label={t("certifications.fields.name")} error={err(errors.name?.message)}>
        {(c) => <Input {...c} placeholder={t("certifications.fields.namePlaceholder")} {...register("name")} />}
      </Field>
      <Field label={t("certifications.fields.issuer")} error={err(errors.issuer?.message)}>
        {(c) => <Input {...c} placeholder={t("certifications.fields.issuerPlaceholder")} {...register("issuer")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("certifications.fields.issuedAt")} error={err(errors.issuedAt?.message)}>
          {(c) => <Input {...c} type="date" {...register("issuedAt")} />}
        </Field>
        <Field label={t("certifications.fields.expiresAt")} hint={t("certifications.fields.expiresAtHint")} error={err(errors.expiresAt?.message)}>
          {(c) => <Input {...c} type="date" {...register("expiresAt")} />}
        </Field>
      </div>
      <Field label={t("certifications.fields.credentialId")} error={err(errors.credentialId?.message)}>
        {(c) => <Input {...c} autoComplete="off" {...register("credentialId")} />}
      </Field>
      <Field label={t("certifications.fields.verifyUrl")} hint={t("certifications.fields.verifyUrlHint")} error={err(errors.verifyUrl?.message)}>
        {(c) => <Input {...c} type="url" placeholder="https://" {...register("verifyUrl")} />}
      </Field>
      {errors.root?.message && <FieldError message={errors.root.message} />}
      <DialogButtons pending={isSubmitting} onCancel={onDone} />
    </form>
  );
}
