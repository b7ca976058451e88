"use client";

import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { EyeOff, GraduationCap, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
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
import { reorderCredentialsAction, saveEducationAction } from "@/lib/credentials/actions";
import { MAX_YEAR, MIN_YEAR, upsertEducationSchema } from "@/lib/credentials/schema";
import type { EducationView } from "@/lib/credentials/types";
import { DialogButtons, FormDialog } from "./form-dialog";
import { RowActions } from "./row-actions";
import { SectionCard } from "./section-card";

type Schema = typeof upsertEducationSchema;
type Editing = { item: EducationView | null } | null;

function describe(item: EducationView): string {
  return [item.degree, item.field].filter(Boolean).join(", ");
}

export function EducationSection({ items }: { items: EducationView[] }) {
  const t = useTranslations("credentials");
  const [editing, setEditing] = useState<Editing>(null);
  return (
    <SectionCard
      id="education"
      icon={<GraduationCap />}
      title={`${t("education.title")} (${t("education.optional")})`}
      lead={t("education.lead")}
      action={
        <Button type="button" variant="secondary" size="sm" onClick={() => setEditing({ item: null })}>
          <Plus aria-hidden className="size-4" />
          {t("education.add")}
        </Button>
      }
    >
      {items.length === 0 ? (
        <p className="rounded-lg bg-surface p-4 text-sm text-muted">{t("education.empty")}</p>
      ) : (
        <SortableList
          items={items}
          label={t("education.title")}
          getTitle={(item) => item.school}
          onReorder={(ids) => reorderCredentialsAction({ kind: "education", ids })}
          renderItem={(item) => (
            <div>
              <p className="font-medium">{item.school}</p>
              <p className="mt-0.5 flex flex-wrap items-center gap-x-2 text-sm text-muted">
                {describe(item) && <span>{describe(item)}</span>}
                {(item.startYear || item.endYear) && (
                  <span className="tabular">{t("education.years", { start: item.startYear ?? "…", end: item.endYear ?? "…" })}</span>
                )}
                {item.hidden && (
                  <span className="inline-flex items-center gap-1 text-xs">
                    <EyeOff aria-hidden className="size-3.5" />
                    {t("hiddenBadge")}
                  </span>
                )}
              </p>
            </div>
          )}
          renderActions={(item) => (
            <RowActions kind="education" id={item.id} title={item.school} hidden={item.hidden} onEdit={() => setEditing({ item })} />
          )}
        />
      )}
      <FormDialog
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        title={editing?.item ? t("education.editTitle") : t("education.addTitle")}
      >
        {editing && <EducationForm item={editing.item} onDone={() => setEditing(null)} />}
      </FormDialog>
    </SectionCard>
  );
}

function EducationForm({ item, onDone }: { item: EducationView | null; onDone: () => void }) {
  const t = useTranslations("credentials");
  const err = useRoomErrorText("credentials");
  const failed = useFailureToast();
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(upsertEducationSchema),
    defaultValues: {
      id: item?.id,
      school: item?.school ?? "",
      degree: item?.degree ?? "",
      field: item?.field ?? "",
      startYear: item?.startYear === null || item?.startYear === undefined ? "" : String(item.startYear),
      endYear: item?.endYear === null || item?.endYear === undefined ? "" : String(item.endYear),
    },
  });
  const { register, handleSubmit, formState } = form;
  const { errors, isSubmitting, isDirty } = formState;
  useUnsavedChangesWarning(isDirty && !formState.isSubmitSuccessful);

  const onSubmit = handleSubmit(async (values) => {
    const result = await saveEducationAction(values);
    if (result.ok) {
      toast.success(item ? t("saved") : t("added"));
      onDone();
      return;
    }
    applyServerErrors(result, form.setError);
    failed(t("saveFailed"), result);
  });

  const year = { type: "number", inputMode: "numeric", min: MIN_YEAR, max: MAX_YEAR, className: "tabular" } as const;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <Field label={t("education.fields.school")} error={err(errors.school?.message)}>
        {(c) => <Input {...c} placeholder={t("education.fields.schoolPlaceholder")} {...register("school")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("education.fields.degree")} error={err(errors.degree?.message)}>
          {(c) => <Input {...c} placeholder={t("education.fields.degreePlaceholder")} {...register("degree")} />}
        </Field>
        <Field label={t("education.fields.field")} error={err(errors.field?.message)}>
          {(c) => <Input {...c} placeholder={t("education.fields.fieldPlaceholder")} {...register("field")} />}
        </Field>
        <Field label={t("education.fields.startYear")} error={err(errors.startYear?.message)}>
          {(c) => <Input {...c} {...year} {...register("startYear")} />}
        </Field>
        <Field label={t("education.fields.endYear")} hint={t("education.fields.endYearHint")} error={err(errors.endYear?.message)}>
          {(c) => <Input {...c} {...year} {...register("endYear")} />}
        </Field>
      </div>
      {errors.root?.message && <FieldError message={errors.root.message} />}
      <DialogButtons pending={isSubmitting} onCancel={onDone} />
    </form>
  );
}
