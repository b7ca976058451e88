"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Pencil, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useFailureToast } from "@/components/editor/use-action-form";
import { ConfirmDialog } from "@/components/editor/confirm-dialog";
import { ShowHideSwitch } from "@/components/editor/show-hide-switch";
import { IconButton } from "@/components/ui/icon-button";
import { deleteCredentialAction, setCredentialHiddenAction } from "@/lib/credentials/actions";
import { callAction } from "@/components/ui/call-action";

type RowActionsProps = {
  kind: "certification" | "experience" | "education";
  id: string;
  title: string;
  hidden: boolean;
  onEdit: () => void;
};

/** Shown/hidden switch, edit (opens the dialog) and delete (confirmed) for one credential row. */
export function RowActions({ kind, id, title, hidden, onEdit }: RowActionsProps) {
  const t = useTranslations("credentials");
  const failed = useFailureToast();
  const router = useRouter();
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [deleting, startDelete] = useTransition();
  return (
    <div className="flex gap-0.5">
      <ShowHideSwitch
        hidden={hidden}
        onChange={(next) => setCredentialHiddenAction({ kind, id, hidden: next })}
        labels={{
          show: t("showItem", { title }),
          hide: t("hideItem", { title }),
          nowShown: t("nowShown"),
          nowHidden: t("nowHidden"),
          failed: t("visibilityFailed"),
        }}
      />
      <IconButton icon={Pencil} label={t("editItem", { title })} title={t("edit")} onClick={onEdit} />
      <ConfirmDialog
        open={confirmOpen}
        onOpenChange={setConfirmOpen}
        title={t("deleteTitle", { title })}
        description={t("deleteBody")}
        confirmLabel={t("deleteItem", { title })}
        pending={deleting}
        onConfirm={() =>
          startDelete(async () => {
            const result = await callAction(deleteCredentialAction, { kind, id });
            if (result.ok) {
              setConfirmOpen(false);
              toast.success(t("deleted"));
              router.refresh(); // the answer is small (#19): the list and the nav's count are read again
            } else failed(t("deleteFailed"), result);
          })
        }
        trigger={<IconButton icon={Trash2} danger label={t("deleteItem", { title })} title={t("deleteItem", { title })} />}
      />
    </div>
  );
}
