"use client";

import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useErrorText } from "@/components/editor/use-error-text";
import { HandleStatus, displayUrl, useHandleAvailability } from "./handle-status";
import { changeHandleAction } from "@/lib/auth/actions";
import { changeHandleSchema } from "@/lib/auth/schema";
import { SettingsForm } from "./settings-card";
import { useSave } from "./use-save";

export function HandleForm({ handle, siteUrl }: { handle: string; siteUrl: string }) {
  const t = useTranslations("auth");
  const errorText = useErrorText("auth");
  const form = useForm<z.input<typeof changeHandleSchema>, unknown, z.output<typeof changeHandleSchema>>({
    resolver: zodResolver(changeHandleSchema),
    defaultValues: { handle },
  });
  const save = useSave(form.setError, ["handle"]);
  const { errors, isSubmitting, isDirty } = form.formState;
  const value = useWatch({ control: form.control, name: "handle" });
  const status = useHandleAvailability(value, handle);
  const onSubmit = form.handleSubmit(async (values) => {
    const saved = await save(
      () => changeHandleAction(values),
      (data) => t("settings.handle.saved", { url: displayUrl(siteUrl, data.handle) }),
    );
    if (saved) form.reset(saved);
  });
  return (
    <SettingsForm
      title={t("settings.handle.title")}
      description={t("settings.handle.description")}
      onSubmit={onSubmit}
      pending={isSubmitting}
      canSave={isDirty && status.state !== "taken"}
    >
      <Field
        label={t("fields.handle")}
        error={errorText(errors.handle?.message)}
        hint={<HandleStatus status={errors.handle ? { state: "idle" } : status} siteUrl={siteUrl} />}
      >
        {(control) => <Input {...control} autoComplete="username" autoCapitalize="none" spellCheck={false} maxLength={30} {...form.register("handle")} />}
      </Field>
    </SettingsForm>
  );
}
