"use client";

import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { SettingsForm } from "./settings-card";
import { useSave } from "./use-save";
import { updateLocaleAction } from "@/lib/i18n/actions";
import type { Locale } from "@/lib/i18n/config";
import { setLocaleSchema } from "@/lib/i18n/schema";
import { LanguageChoice } from "@/components/i18n/language-choice";

type Schema = typeof setLocaleSchema;

/** Account settings: the language of the app and of the emails the user receives. */
export function AccountLanguageForm({ locale }: { locale: Locale }) {
  const t = useTranslations("language.account");
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({ resolver: zodResolver(setLocaleSchema), defaultValues: { locale } });
  const save = useSave(form.setError, ["locale"]);
  const { isSubmitting, isDirty } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    // The save refreshes the page, which then speaks the new language (its toast too).
    const saved = await save(
      () => updateLocaleAction(values),
      () => t("saved"),
    );
    if (saved) form.reset(saved);
  });
  return (
    <SettingsForm title={t("title")} description={t("label")} onSubmit={onSubmit} pending={isSubmitting} canSave={isDirty}>
      <LanguageChoice legend={t("label")} register={form.register("locale")} />
    </SettingsForm>
  );
}
