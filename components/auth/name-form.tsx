"use client";

import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { updateNameAction } from "@/lib/auth/actions";
import { updateNameSchema } from "@/lib/auth/schema";
import { SettingsForm } from "./settings-card";
import { useSave } from "./use-save";
import { LIMITS } from "@/lib/validation";

export function NameForm({ name }: { name: string }) {
  const t = useTranslations("auth");
  const form = useForm<z.input<typeof updateNameSchema>, unknown, z.output<typeof updateNameSchema>>({
    resolver: zodResolver(updateNameSchema),
    defaultValues: { name },
  });
  const save = useSave(form.setError, ["name"]);
  const { errors, isSubmitting, isDirty } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const saved = await save(
      () => updateNameAction(values),
      () => t("settings.profile.saved"),
    );
    if (saved) form.reset(saved);
  });
  return (
    <SettingsForm
      title={t("settings.profile.title")}
      description={t("settings.profile.description")}
      onSubmit={onSubmit}
      pending={isSubmitting}
      canSave={isDirty}
    >
      <Field label={t("fields.name")} error={errors.name?.message}>
        {(control) => <Input {...control} maxLength={LIMITS.name} autoComplete="name" {...form.register("name")} />}
      </Field>
    </SettingsForm>
  );
}
