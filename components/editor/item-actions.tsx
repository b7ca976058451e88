"use client";

import { useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Copy, Pencil, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/safe-action";
import { IconButton } from "@/components/ui/icon-button";
import { buttonSizes, buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { ConfirmDialog } from "./confirm-dialog";
import { useFailureToast } from "./use-action-form";

type ItemActionsProps = {
  title: string;
  editHref: string;
  onDuplicate: () => Promise<ActionResult<unknown>>;
  onDelete: () => Promise<ActionResult<unknown>>;
  deleteTitle: string;
  deleteBody: string;
};

/**
 * Edit, duplicate and delete (with confirmation) for one list row. The actions answer small (#19); on success the
 * page refreshes itself, on failure nothing in the list changed.
 */
export function ItemActions({ title, editHref, onDuplicate, onDelete, deleteTitle, deleteBody }: ItemActionsProps) {
  const t = useTranslations("editor");
  const failed = useFailureToast();
  const router = useRouter();
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [duplicating, startDuplicate] = useTransition();
  const [deleting, startDelete] = useTransition();

  return (
    <div className="flex gap-0.5">
      <Link
        href={editHref}
        className={cn("inline-flex items-center justify-center rounded-lg", buttonVariants.ghost, buttonSizes.icon)}
        aria-label={t("common.editItem", { title })}
        title={t("common.edit")}
      >
        <Pencil aria-hidden className="size-4" />
      </Link>
      <IconButton
        icon={Copy}
        pending={duplicating}
        label={t("common.duplicateItem", { title })}
        title={t("common.duplicate")}
        onClick={() =>
          startDuplicate(async () => {
            const result = await onDuplicate();
            if (result.ok) {
              toast.success(t("common.duplicated"));
              router.refresh(); // the answer is the copy's id: the list and the nav's count are read again
            } else failed(t("errors.duplicateFailed"), result);
          })
        }
      />
      <ConfirmDialog
        open={confirmOpen}
        onOpenChange={setConfirmOpen}
        title={deleteTitle}
        description={deleteBody}
        confirmLabel={t("common.delete")}
        pending={deleting}
        onConfirm={() =>
          startDelete(async () => {
            const result = await onDelete();
            if (result.ok) {
              setConfirmOpen(false);
              toast.success(t("common.deleted"));
              router.refresh(); // as after a duplicate: the row leaves and the nav's count drops
            } else {
              failed(t("errors.deleteFailed"), result);
            }
          })
        }
        trigger={<IconButton icon={Trash2} danger label={t("common.deleteItem", { title })} title={t("common.delete")} />}
      />
    </div>
  );
}
