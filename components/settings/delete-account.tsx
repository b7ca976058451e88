"use client";

import { useState } from "react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useErrorText } from "@/components/auth/error-text";
import { displayUrl } from "@/components/auth/handle-status";
import { deleteAccountAction } from "@/lib/auth/actions";
import { deleteAccountSchema } from "@/lib/auth/schema";
import { SettingsCard } from "./settings-card";
import { useSave } from "./use-save";

/** Danger zone: deleting the account needs the handle typed into a confirmation dialog. */
export function DeleteAccount({ handle, siteUrl }: { handle: string; siteUrl: string }) {
  const t = useTranslations("auth");
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const form = useForm<z.input<typeof deleteAccountSchema>, unknown, z.output<typeof deleteAccountSchema>>({
    resolver: zodResolver(deleteAccountSchema),
    defaultValues: { confirmHandle: "" },
  });
  const save = useSave(form.setError, ["confirmHandle"]);
  const typed = useWatch({ control: form.control, name: "confirmHandle" });
  const matches = typed.trim().toLowerCase() === handle;
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const deleted = await save(() => deleteAccountAction(values), () => t("settings.danger.deleted"));
    if (!deleted) return;
    setLeaving(true);
    await signOut({ callbackUrl: "/" });
  });

  return (
    <SettingsCard tone="danger" title={t("settings.danger.title")} description={t("settings.danger.description")}>
      <Dialog.Root
        open={open}
        onOpenChange={(next) => {
          if (isSubmitting || leaving) return;
          setOpen(next);
          if (!next) form.reset();
        }}
      >
        <div className="flex md:justify-end">
          <Dialog.Trigger asChild>
            <Button variant="danger">{t("settings.danger.delete")}</Button>
          </Dialog.Trigger>
        </div>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
          <Dialog.Content className="fixed left-1/2 top-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-card border border-border bg-bg p-6 shadow-lg">
            <Dialog.Title className="text-lg font-semibold">{t("settings.danger.dialogTitle")}</Dialog.Title>
            <Dialog.Description className="mt-2 text-sm text-muted">
              {t("settings.danger.dialogDescription", { url: displayUrl(siteUrl, handle) })}
            </Dialog.Description>
            <form onSubmit={onSubmit} noValidate className="mt-5 grid gap-4">
              <Field
                label={t.rich("settings.danger.confirmLabel", { handle, strong: (chunks) => <strong className="font-mono">{chunks}</strong> })}
                error={errorText(errors.confirmHandle?.message)}
              >
                {(control) => (
                  <Input {...control} autoComplete="off" autoCapitalize="none" spellCheck={false} {...form.register("confirmHandle")} />
                )}
              </Field>
              <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
                <Dialog.Close asChild>
                  <Button type="button" variant="secondary" disabled={isSubmitting || leaving}>
                    {t("settings.danger.cancel")}
                  </Button>
                </Dialog.Close>
                <Button type="submit" variant="danger" pending={isSubmitting || leaving} disabled={!matches}>
                  {t("settings.danger.confirm")}
                </Button>
              </div>
            </form>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </SettingsCard>
  );
}
