"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useErrorText } from "@/components/editor/use-error-text";
import { HandleStatus, displayUrl, useHandleAvailability } from "./handle-status";
import { changeHandleAction } from "@/lib/auth/actions";
import { changeHandleSchema } from "@/lib/auth/schema";
import { SettingsForm } from "./settings-card";
import { useSettingsForm } from "./use-settings-form";

export function HandleForm({ handle, siteUrl }: { handle: string; siteUrl: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const errorText = useErrorText("auth");
  const { form, submitWith } = useSettingsForm(changeHandleSchema, { handle });
  const { errors } = form.formState;
  const value = useWatch({ control: form.control, name: "handle" });
  const status = useHandleAvailability(value, handle);
  const submit = submitWith(
    changeHandleAction,
    (data) => t("settings.handle.saved", { url: displayUrl(siteUrl, data.handle) }),
    (saved) => {
      form.reset(saved);
      router.refresh(); // the answer is the handle only (#19): the header's public-page link is read again
    },
  );
  return (
    <SettingsForm
      title={t("settings.handle.title")}
      description={t("settings.handle.description")}
      {...submit}
      canSave={submit.canSave && status.state !== "taken"}
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
