"use client";

import { AlertDialog } from "radix-ui";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { AlertDialogContent, DialogFooter } from "@/components/ui/dialog";

type ConfirmDialogProps = {
  /** The button that opens it; none when the dialog is opened from state (`open`). */
  trigger?: React.ReactNode;
  title: string;
  description: string;
  confirmLabel: string;
  /** "Cancel" unless the question words it otherwise ("Stay"). */
  cancelLabel?: string;
  pending?: boolean;
  onConfirm: () => void;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
};

/** A destructive action's confirmation; focus starts on Cancel. */
export function ConfirmDialog({ trigger, title, description, confirmLabel, cancelLabel, pending, onConfirm, open, onOpenChange }: ConfirmDialogProps) {
  const t = useTranslations("editor.common");
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      {trigger && <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>}
      <AlertDialogContent>
        <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
        <AlertDialog.Description className="mt-2 text-sm text-muted">{description}</AlertDialog.Description>
        <DialogFooter className="mt-6">
          <AlertDialog.Cancel asChild>
            <Button type="button" variant="secondary">
              {cancelLabel ?? t("cancel")}
            </Button>
          </AlertDialog.Cancel>
          <Button
            type="button"
            variant="danger"
            pending={pending}
            onClick={(event) => {
              // Keep the dialog open until the action finishes; the caller closes it.
              event.preventDefault();
              onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
        </DialogFooter>
      </AlertDialogContent>
    </AlertDialog.Root>
  );
}
