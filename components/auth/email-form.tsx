"use client";

import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { PasswordInput } from "./password-input";
import { useErrorText } from "@/components/editor/use-error-text";
import { changeEmailAction } from "@/lib/auth/actions";
import { changeEmailSchema } from "@/lib/auth/schema";
import { SettingsForm } from "./settings-card";
import { useSave } from "./use-save";
import { LIMITS } from "@/lib/validation";

export function EmailForm({ email, hasPassword }: { email: string; hasPassword: boolean }) {
  const t = useTranslations("auth");
  const errorText = useErrorText("auth");
  const form = useForm<z.input<typeof changeEmailSchema>, unknown, z.output<typeof changeEmailSchema>>({
    resolver: zodResolver(changeEmailSchema),
    defaultValues: { email, currentPassword: "" },
  });
  const save = useSave(form.setError, ["email", "currentPassword"]);
  const { errors, isSubmitting, isDirty } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const saved = await save(
      () => changeEmailAction(values),
      (data) => t("settings.email.saved", { email: data.email }),
    );
    if (saved) form.reset({ email: saved.email, currentPassword: "" });
  });
  return (
    <SettingsForm
      title={t("settings.email.title")}
      description={t("settings.email.description")}
      onSubmit={onSubmit}
      pending={isSubmitting}
      canSave={isDirty}
      className="grid gap-4"
    >
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
