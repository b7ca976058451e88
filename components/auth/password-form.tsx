"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { PasswordInput } from "./password-input";
import { useErrorText } from "@/components/editor/use-error-text";
import { changePasswordAction } from "@/lib/auth/actions";
import { changePasswordSchema } from "@/lib/auth/schema";
import { SettingsForm } from "./settings-card";
import { useSettingsForm } from "./use-settings-form";

export function PasswordForm({ hasPassword, providers }: { hasPassword: boolean; providers: string[] }) {
  const t = useTranslations("auth");
  const errorText = useErrorText("auth");
  const { form, submitWith } = useSettingsForm(changePasswordSchema, { currentPassword: "", newPassword: "" });
  const { errors } = form.formState;
  const submit = submitWith(
    changePasswordAction,
    () => t("settings.password.saved"),
    () => form.reset({ currentPassword: "", newPassword: "" }),
  );
  const description = hasPassword ? t("settings.password.description") : t("settings.password.setDescription", { providers: providers.join(", ") });
  return (
    <SettingsForm title={t("settings.password.title")} description={description} {...submit} className="grid gap-4">
      {hasPassword && (
        <Field label={t("fields.currentPassword")} error={errorText(errors.currentPassword?.message)}>
          {(control) => <PasswordInput {...control} autoComplete="current-password" {...form.register("currentPassword")} />}
        </Field>
      )}
      <Field label={t("fields.newPassword")} error={errorText(errors.newPassword?.message)} hint={t("password.hint")}>
        {(control) => <PasswordInput {...control} autoComplete="new-password" {...form.register("newPassword")} />}
      </Field>
    </SettingsForm>
  );
}
