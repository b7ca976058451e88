"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { DialogCancel, DialogFooter } from "@/components/ui/dialog";
import { useFailureText } from "@/components/editor/use-action-form";
import { signOutEverywhereAction } from "@/lib/auth/actions";
import { SettingsCard } from "./settings-card";
import { SettingsDialog } from "./settings-dialog";

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
      <SettingsDialog
        open={open}
        onOpenChange={(next) => !pending && setOpen(next)}
        trigger={<Button variant="secondary">{t("signOutEverywhere")}</Button>}
        title={t("dialogTitle")}
        description={t("dialogDescription")}
      >
        <DialogFooter className="mt-5">
          <DialogCancel label={t("cancel")} disabled={pending} />
          <Button type="button" variant="danger" pending={pending} onClick={() => void confirm()}>
            {t("confirm")}
          </Button>
        </DialogFooter>
      </SettingsDialog>
    </SettingsCard>
  );
}
