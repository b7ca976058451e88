"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useActionForm } from "@/components/editor/use-action-form";
import { useErrorText } from "@/components/editor/use-error-text";
import { useUnsavedChangesWarning } from "@/components/editor/use-unsaved-changes-warning";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { bindField, TextField } from "@/components/editor/text-field";
import { saveCalendarAction } from "@/lib/calendars/actions";
import { upsertCalendarSchema, type UpsertCalendarInput } from "@/lib/calendars/schema";
import { LIMITS } from "@/lib/validation";

type Schema = typeof upsertCalendarSchema;

/** Title and period of a calendar: creates one (then opens it), or updates it in place. */
export function CalendarSettingsForm({ defaults }: { defaults: UpsertCalendarInput }) {
  const t = useTranslations("calendars");
  const tEditor = useTranslations("editor");
  const router = useRouter();
  const err = useErrorText("calendars", "editor");
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({ resolver: zodResolver(upsertCalendarSchema), defaultValues: defaults });
  const { handleSubmit, formState, reset } = form;
  const field = bindField(form, err);
  const { isDirty, isSubmitting } = formState;
  useUnsavedChangesWarning(isDirty && !formState.isSubmitSuccessful);

  // Saved: an existing calendar refreshes in place, a new one opens.
  // Versioned (#19): the answered version becomes the form's baseVersion (the reset also clears "unsaved").
  const action = useActionForm({
    setError: form.setError,
    failedTitle: tEditor("errors.saveFailed"),
    refresh: Boolean(defaults.id),
    versioned: { reset: ({ id, version }) => reset({ ...form.getValues(), id, baseVersion: version }) },
  });
  const onSubmit = handleSubmit(async (values) => {
    const result = await action.run(saveCalendarAction, values, defaults.id ? t("updated") : t("created"));
    if (result.ok && !defaults.id) router.push(`/dashboard/calendars/${result.data.id}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_10rem_10rem_auto] sm:items-start">
      <TextField {...field("title", t("fields.title"))} maxLength={LIMITS.title} placeholder={t("fields.titlePlaceholder")} />
      <TextField {...field("startMonth", t("fields.startMonth"))} type="month" placeholder="2026-03" />
      <TextField {...field("endMonth", t("fields.endMonth"))} hint={t("fields.periodHint")} type="month" placeholder="2026-04" />
      {formState.errors.root?.message && (
        <div className="sm:col-span-4">
          <FieldError message={formState.errors.root.message} />
        </div>
      )}
      <Button type="submit" pending={isSubmitting} className="sm:mt-6">
        {defaults.id ? tEditor("common.saveChanges") : t("add")}
      </Button>
    </form>
  );
}
