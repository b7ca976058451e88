"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { PasswordInput } from "./password-input";
import { useErrorText } from "@/components/editor/use-error-text";
import { changeEmailAction } from "@/lib/auth/actions";
import { changeEmailSchema } from "@/lib/auth/schema";
import { SettingsForm } from "./settings-card";
import { useSettingsForm } from "./use-settings-form";
import { LIMITS } from "@/lib/validation";

export function EmailForm({ email, hasPassword }: { email: string; hasPassword: boolean }) {
  const t = useTranslations("auth");
  const errorText = useErrorText("auth");
  const { form, submitWith } = useSettingsForm(changeEmailSchema, { email, currentPassword: "" });
  const { errors } = form.formState;
  const submit = submitWith(
    changeEmailAction,
    (data) => t("settings.email.saved", { email: data.email }),
    (saved) => form.reset({ email: saved.email, currentPassword: "" }),
  );
  return (
    <SettingsForm title={t("settings.email.title")} description={t("settings.email.description")} {...submit} className="grid gap-4">
      <Field label={t("fields.email")} error={errorText(errors.email?.message)}>
        {(control) => <Input {...control} maxLength={LIMITS.email} type="email" autoComplete="email" inputMode="email" {...form.register("email")} />}
      </Field>
      {hasPassword && (
        <Field label={t("fields.currentPassword")} error={errorText(errors.currentPassword?.message)} hint={t("settings.email.passwordHint")}>
          {(control) => <PasswordInput {...control} autoComplete="current-password" {...form.register("currentPassword")} />}
        </Field>
      )}
    </SettingsForm>
  );
}
