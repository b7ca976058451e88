"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { useFailureText } from "@/components/auth/error-text";
import { signOutEverywhereAction } from "@/lib/auth/actions";
import { SettingsCard } from "./settings-card";

/** Ends every session of the account (this one too) after a confirmation, then goes to the sign-in page. */
export function SignOutEverywhere() {
  const t = useTranslations("auth.settings.sessions");
  const failureText = useFailureText();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);

  const confirm = async () => {
    setPending(true);
    const result = await signOutEverywhereAction({});
    if (!result.ok) {
      setPending(false);
      toast.error(failureText(result));
      return;
    }
    toast.success(t("signedOut"));
    router.replace("/login");
  };

  return (
    <SettingsCard title={t("title")} description={t("description")}>
      <Dialog.Root open={open} onOpenChange={(next) => !pending && setOpen(next)}>
        <div className="flex md:justify-end">
          <Dialog.Trigger asChild>
            <Button variant="secondary">{t("signOutEverywhere")}</Button>
          </Dialog.Trigger>
        </div>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
          <Dialog.Content className="fixed left-1/2 top-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-card border border-border bg-bg p-6 shadow-lg">
            <Dialog.Title className="text-lg font-semibold">{t("dialogTitle")}</Dialog.Title>
            <Dialog.Description className="mt-2 text-sm text-muted">{t("dialogDescription")}</Dialog.Description>
            <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <Dialog.Close asChild>
                <Button type="button" variant="secondary" disabled={pending}>
                  {t("cancel")}
                </Button>
              </Dialog.Close>
              <Button type="button" variant="danger" pending={pending} onClick={() => void confirm()}>
                {t("confirm")}
              </Button>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </SettingsCard>
  );
}
