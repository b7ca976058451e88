"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { GraduationCap } from "lucide-react";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useActionForm } from "@/components/editor/use-action-form";
import { useErrorText } from "@/components/editor/use-error-text";
import { useUnsavedChangesWarning } from "@/components/editor/use-unsaved-changes-warning";
import { Field, FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { saveEducationAction } from "@/lib/credentials/actions";
import { MAX_YEAR, MIN_YEAR, upsertEducationSchema } from "@/lib/credentials/schema";
import type { EducationView } from "@/lib/credentials/types";
import { CredentialList, DialogButtons, HiddenBadge } from "./credential-list";
import { LIMITS } from "@/lib/validation";

type Schema = typeof upsertEducationSchema;

function describe(item: EducationView): string {
  return [item.degree, item.field].filter(Boolean).join(", ");
}

export function EducationSection({ items }: { items: EducationView[] }) {
  const t = useTranslations("credentials");
  return (
    <CredentialList
      kind="education"
      id="education"
      icon={<GraduationCap />}
      title={`${t("education.title")} (${t("education.optional")})`}
      items={items}
      getTitle={(item) => item.school}
      renderItem={(item) => (
        <div>
          <p className="font-medium">{item.school}</p>
          <p className="mt-0.5 flex flex-wrap items-center gap-x-2 text-sm text-muted">
            {describe(item) && <span>{describe(item)}</span>}
            {(item.startYear || item.endYear) && (
              <span className="tabular">{t("education.years", { start: item.startYear ?? "…", end: item.endYear ?? "…" })}</span>
            )}
            {item.hidden && <HiddenBadge />}
          </p>
        </div>
      )}
      renderForm={(item, onDone) => <EducationForm item={item} onDone={onDone} />}
    />
  );
}

function EducationForm({ item, onDone }: { item: EducationView | null; onDone: () => void }) {
  const t = useTranslations("credentials");
  const err = useErrorText("credentials", "editor");
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

  const action = useActionForm({ setError: form.setError, failedTitle: t("saveFailed") });
  const onSubmit = handleSubmit(async (values) => {
    const result = await action.run(saveEducationAction, values, item ? t("saved") : t("added"));
    if (result.ok) onDone();
  });

  const year = { type: "number", inputMode: "numeric", min: MIN_YEAR, max: MAX_YEAR, className: "tabular" } as const;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <Field label={t("education.fields.school")} error={err(errors.school?.message)}>
        {(c) => <Input {...c} maxLength={LIMITS.title} placeholder={t("education.fields.schoolPlaceholder")} {...register("school")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("education.fields.degree")} error={err(errors.degree?.message)}>
          {(c) => <Input {...c} maxLength={LIMITS.title} placeholder={t("education.fields.degreePlaceholder")} {...register("degree")} />}
        </Field>
        <Field label={t("education.fields.field")} error={err(errors.field?.message)}>
          {(c) => <Input {...c} maxLength={LIMITS.title} placeholder={t("education.fields.fieldPlaceholder")} {...register("field")} />}
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
