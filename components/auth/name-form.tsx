"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { updateNameAction } from "@/lib/auth/actions";
import { updateNameSchema } from "@/lib/auth/schema";
import { SettingsForm } from "./settings-card";
import { useSettingsForm } from "./use-settings-form";
import { LIMITS } from "@/lib/validation";

export function NameForm({ name }: { name: string }) {
  const t = useTranslations("auth");
  const { form, submitWith } = useSettingsForm(updateNameSchema, { name });
  const { errors } = form.formState;
  const submit = submitWith(
    updateNameAction,
    () => t("settings.profile.saved"),
    (saved) => form.reset(saved),
  );
  return (
    <SettingsForm title={t("settings.profile.title")} description={t("settings.profile.description")} {...submit}>
      <Field label={t("fields.name")} error={errors.name?.message}>
        {(control) => <Input {...control} maxLength={LIMITS.name} autoComplete="name" {...form.register("name")} />}
      </Field>
    </SettingsForm>
  );
}
