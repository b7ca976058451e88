"use client";

import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field, FieldError } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { useActionForm } from "@/components/editor/use-action-form";
import { useErrorText } from "@/components/editor/use-error-text";
import { createShareLinkAction } from "@/lib/sharing/actions";
import { createShareLinkSchema, MAX_NOTE, todayIso } from "@/lib/sharing/schema";
import type { SectionKey } from "@/lib/sections";
import { useLinkToast } from "@/components/ui/copy-toast";
import { SectionPresets } from "./section-presets";
import { callAction } from "@/components/ui/call-action";
import { DATE_MAX, LIMITS } from "@/lib/validation";

type FormInput = z.input<typeof createShareLinkSchema>;
type FormOutput = z.output<typeof createShareLinkSchema>;

/** Creates a share link: who it's for, an optional expiry, which sections it shows and whether to anonymize clients. */
export function ShareLinkForm({ sections, onCreated }: { sections: SectionKey[]; onCreated?: (path: string) => void }) {
  const t = useTranslations("sharing.form");
  const tSections = useTranslations("sharing.sections");
  const router = useRouter();
  const linkToast = useLinkToast();
  const errorText = useErrorText("sharing");
  const defaults: FormInput = { recipientName: "", company: "", note: "", expiresAt: "", sections, anonymizeAll: false };
  const form = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(createShareLinkSchema), defaultValues: defaults });
  const { register, handleSubmit, formState, setError, reset, setValue, control } = form;
  const errors = formState.errors;
  const action = useActionForm({ setError, failedTitle: t("createFailed") });
  const chosen = useWatch({ control, name: "sections" }) ?? [];
  const note = useWatch({ control, name: "note" }) ?? "";

  const onSubmit = handleSubmit(async (values) => {
    const result = await callAction(createShareLinkAction, values);
    // A failure takes the common path; success has its own toast (below).
    if (!result.ok) return void action.settle(result, "");
    // Copied on creation (the user asked for a link to send); the toast shows it in full with a copy button either way.
    void linkToast(
      { copied: t("createdCopied", { name: values.recipientName }), notCopied: t("createdNotCopied", { name: values.recipientName }) },
      result.data.url,
    );
    reset(defaults);
    onCreated?.(result.data.path);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <Field label={t("recipientName")} error={errors.recipientName?.message}>
        {(control) => (
          <Input {...control} maxLength={LIMITS.title} placeholder={t("recipientNamePlaceholder")} autoComplete="off" {...register("recipientName")} />
        )}
      </Field>
      <Field label={t("company")} error={errors.company?.message}>
        {(control) => <Input {...control} maxLength={LIMITS.title} placeholder={t("companyPlaceholder")} autoComplete="off" {...register("company")} />}
      </Field>
      <Field label={t("note")} hint={t("noteHint", { count: note.length })} error={errors.note?.message} className="sm:col-span-2">
        {(control) => <Textarea {...control} rows={2} maxLength={MAX_NOTE} className="min-h-16" {...register("note")} />}
      </Field>
      <Field label={t("expiresAt")} hint={t("expiresAtHint")} error={errorText(errors.expiresAt?.message)}>
        {(control) => <Input {...control} max={DATE_MAX} type="date" min={todayIso()} {...register("expiresAt")} />}
      </Field>

      <fieldset className="grid gap-2 sm:col-span-2" aria-describedby="share-sections-hint">
        <legend className="text-sm font-medium">{t("sections")}</legend>
        <p id="share-sections-hint" className="text-xs text-muted">
          {t("sectionsHint")}
        </p>
        <SectionPresets
          available={sections}
          chosen={chosen}
          onChange={(next) => setValue("sections", next, { shouldDirty: true, shouldValidate: formState.isSubmitted })}
        />
        <div className="mt-1 grid gap-2 sm:grid-cols-3">
          {sections.map((key) => (
            <label
              key={key}
              className="flex items-center gap-2.5 rounded-lg border border-border px-3 py-2 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
            >
              <input type="checkbox" value={key} className="size-4 accent-[var(--color-accent)]" {...register("sections")} />
              {tSections(key)}
            </label>
          ))}
        </div>
        {errors.sections?.message && <FieldError message={errorText(errors.sections.message) ?? ""} />}
      </fieldset>

      <div className="grid content-start gap-1 sm:col-span-2">
        <label className="flex items-center gap-3 text-sm font-medium">
          <input type="checkbox" className="size-4 accent-[var(--color-accent)]" aria-describedby="share-anonymize-hint" {...register("anonymizeAll")} />
          {t("anonymizeAll")}
        </label>
        <p id="share-anonymize-hint" className="pl-7 text-xs text-muted">
          {t("anonymizeAllHint")}
        </p>
      </div>

      <div className="sm:col-span-2">
        <Button type="submit" pending={formState.isSubmitting}>
          {t("create")}
        </Button>
      </div>
    </form>
  );
}
