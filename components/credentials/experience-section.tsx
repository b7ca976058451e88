"use client";

import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { BriefcaseBusiness, EyeOff, Plus } from "lucide-react";
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
import { Input, Select, Textarea } from "@/components/ui/input";
import { fromIsoDate } from "@/lib/campaigns/dates";
import { reorderCredentialsAction, saveExperienceAction } from "@/lib/credentials/actions";
import { experienceKindValues, upsertExperienceSchema } from "@/lib/credentials/schema";
import type { ExperienceView } from "@/lib/credentials/types";
import { DialogButtons, FormDialog } from "./form-dialog";
import { RowActions } from "./row-actions";
import { SectionCard } from "./section-card";

type Schema = typeof upsertExperienceSchema;
type Editing = { item: ExperienceView | null } | null;

export function ExperienceSection({ items }: { items: ExperienceView[] }) {
  const t = useTranslations("credentials");
  const format = useFormatter();
  const [editing, setEditing] = useState<Editing>(null);
  const date = (value: string) => format.dateTime(fromIsoDate(value), { month: "short", year: "numeric", timeZone: "UTC" });

  return (
    <SectionCard
      id="experience"
      icon={<BriefcaseBusiness />}
      title={t("experience.title")}
      lead={t("experience.lead")}
      action={
        <Button type="button" variant="secondary" size="sm" onClick={() => setEditing({ item: null })}>
          <Plus aria-hidden className="size-4" />
          {t("experience.add")}
        </Button>
      }
    >
      {items.length === 0 ? (
        <div className="rounded-lg bg-surface p-4 text-sm text-muted">
          <p>{t("experience.empty")}</p>
          <p className="mt-2 text-fg">{t("experience.emptyExample")}</p>
        </div>
      ) : (
        <SortableList
          items={items}
          label={t("experience.title")}
          getTitle={(item) => `${item.role}, ${item.organization}`}
          onReorder={(ids) => reorderCredentialsAction({ kind: "experience", ids })}
          renderItem={(item) => (
            <div>
              <p className="font-medium">
                {item.role} <span className="font-normal text-muted">· {item.organization}</span>
              </p>
              <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
                <span className="rounded-md bg-surface px-1.5 py-0.5 text-xs font-medium ring-1 ring-border">{t(`experience.kinds.${item.kind}`)}</span>
                <span>
                  {date(item.startDate)} – {item.endDate ? date(item.endDate) : t("present")}
                </span>
                {item.hidden && (
                  <span className="inline-flex items-center gap-1 text-xs">
                    <EyeOff aria-hidden className="size-3.5" />
                    {t("hiddenBadge")}
                  </span>
                )}
              </p>
              {item.description && <p className="mt-1 line-clamp-2 text-sm">{item.description}</p>}
            </div>
          )}
          renderActions={(item) => (
            <RowActions kind="experience" id={item.id} title={`${item.role}, ${item.organization}`} hidden={item.hidden} onEdit={() => setEditing({ item })} />
          )}
        />
      )}
      <FormDialog
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        title={editing?.item ? t("experience.editTitle") : t("experience.addTitle")}
      >
        {editing && <ExperienceForm item={editing.item} onDone={() => setEditing(null)} />}
      </FormDialog>
    </SectionCard>
  );
}

function ExperienceForm({ item, onDone }: { item: ExperienceView | null; onDone: () => void }) {
  const t = useTranslations("credentials");
  const err = useRoomErrorText("credentials");
  const failed = useFailureToast();
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(upsertExperienceSchema),
    defaultValues: {
      id: item?.id,
      role: item?.role ?? "",
      organization: item?.organization ?? "",
      kind: item?.kind ?? "INTERNSHIP",
      startDate: item?.startDate ?? "",
      endDate: item?.endDate ?? "",
      current: item ? item.endDate === null : false,
      description: item?.description ?? "",
    },
  });
  const { register, handleSubmit, formState, control } = form;
  const { errors, isSubmitting, isDirty } = formState;
  useUnsavedChangesWarning(isDirty && !formState.isSubmitSuccessful);
  const current = useWatch({ control, name: "current" });

  const onSubmit = handleSubmit(async (values) => {
    const result = await saveExperienceAction({ ...values, current: values.endDate === null });
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
      <Field label={t("experience.fields.role")} error={err(errors.role?.message)}>
        {(c) => <Input {...c} placeholder={t("experience.fields.rolePlaceholder")} {...register("role")} />}
      </Field>
      <Field label={t("experience.fields.organization")} error={err(errors.organization?.message)}>
        {(c) => <Input {...c} placeholder={t("experience.fields.organizationPlaceholder")} {...register("organization")} />}
      </Field>
      <Field label={t("experience.fields.kind")} error={err(errors.kind?.message)}>
        {(c) => (
          <Select {...c} {...register("kind")}>
            {experienceKindValues.map((kind) => (
              <option key={kind} value={kind}>
                {t(`experience.kinds.${kind}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("experience.fields.startDate")} error={err(errors.startDate?.message)}>
          {(c) => <Input {...c} type="date" {...register("startDate")} />}
        </Field>
        <Field label={t("experience.fields.endDate")} error={err(errors.endDate?.message)}>
          {(c) => <Input {...c} type="date" disabled={Boolean(current)} {...register("endDate")} />}
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" className="size-4 accent-[var(--color-accent)]" {...register("current")} />
        {t("experience.fields.current")}
      </label>
      <Field label={t("experience.fields.description")} hint={t("experience.fields.descriptionHint")} error={err(errors.description?.message)}>
        {(c) => <Textarea {...c} rows={3} maxLength={2000} {...register("description")} />}
      </Field>
      {errors.root?.message && <FieldError message={errors.root.message} />}
      <DialogButtons pending={isSubmitting} onCancel={onDone} />
    </form>
  );
}
