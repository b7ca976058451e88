"use client";

import { useState } from "react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { DialogCancel, DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useErrorText } from "@/components/editor/use-error-text";
import { displayUrl } from "./handle-status";
import { deleteAccountAction } from "@/lib/auth/actions";
import { deleteAccountSchema } from "@/lib/auth/schema";
import { SettingsCard } from "./settings-card";
import { SettingsDialog } from "./settings-dialog";
import { useSettingsForm } from "./use-settings-form";

/** Danger zone: deleting the account needs the handle typed into a confirmation dialog. */
export function DeleteAccount({ handle, siteUrl }: { handle: string; siteUrl: string }) {
  const t = useTranslations("auth");
  const errorText = useErrorText("auth");
  const [open, setOpen] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const { form, save } = useSettingsForm(deleteAccountSchema, { confirmHandle: "" });
  const typed = useWatch({ control: form.control, name: "confirmHandle" });
  const matches = typed.trim().toLowerCase() === handle;
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const deleted = await save(
      () => deleteAccountAction(values),
      () => t("settings.danger.deleted"),
    );
    if (!deleted) return;
    setLeaving(true);
    await signOut({ callbackUrl: "/" });
  });

  return (
    <SettingsCard tone="danger" title={t("settings.danger.title")} description={t("settings.danger.description")}>
      <SettingsDialog
        open={open}
        onOpenChange={(next) => {
          if (isSubmitting || leaving) return;
          setOpen(next);
          if (!next) form.reset();
        }}
        trigger={<Button variant="danger">{t("settings.danger.delete")}</Button>}
        title={t("settings.danger.dialogTitle")}
        description={t("settings.danger.dialogDescription", { url: displayUrl(siteUrl, handle) })}
      >
        <form onSubmit={onSubmit} noValidate className="mt-5 grid gap-4">
          <Field
            label={t.rich("settings.danger.confirmLabel", { handle, strong: (chunks) => <strong className="font-mono">{chunks}</strong> })}
            error={errorText(errors.confirmHandle?.message)}
          >
            {(control) => <Input {...control} autoComplete="off" autoCapitalize="none" spellCheck={false} {...form.register("confirmHandle")} />}
          </Field>
          <DialogFooter>
            <DialogCancel label={t("settings.danger.cancel")} disabled={isSubmitting || leaving} />
            <Button type="submit" variant="danger" pending={isSubmitting || leaving} disabled={!matches}>
              {t("settings.danger.confirm")}
            </Button>
          </DialogFooter>
        </form>
      </SettingsDialog>
    </SettingsCard>
  );
}
