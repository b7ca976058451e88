"use client";

import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Field } from "@/components/ui/field";
import { PasswordInput } from "./password-input";
import { useErrorText } from "@/components/editor/use-error-text";
import { changePasswordAction } from "@/lib/auth/actions";
import { changePasswordSchema } from "@/lib/auth/schema";
import { SettingsForm } from "./settings-card";
import { useSave } from "./use-save";

export function PasswordForm({ hasPassword, providers }: { hasPassword: boolean; providers: string[] }) {
  const t = useTranslations("auth");
  const errorText = useErrorText("auth");
  const form = useForm<z.input<typeof changePasswordSchema>, unknown, z.output<typeof changePasswordSchema>>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  const save = useSave(form.setError, ["currentPassword", "newPassword"]);
  const { errors, isSubmitting, isDirty } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const saved = await save(
      () => changePasswordAction(values),
      () => t("settings.password.saved"),
    );
    if (saved) form.reset({ currentPassword: "", newPassword: "" });
  });
  const description = hasPassword ? t("settings.password.description") : t("settings.password.setDescription", { providers: providers.join(", ") });
  return (
    <SettingsForm
      title={t("settings.password.title")}
      description={description}
      onSubmit={onSubmit}
      pending={isSubmitting}
      canSave={isDirty}
      className="grid gap-4"
    >
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
