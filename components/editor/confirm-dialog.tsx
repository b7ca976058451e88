"use client";

import { AlertDialog } from "radix-ui";
import { useTranslations } from "next-intl";
import { Button, buttonSizes, buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";

type ConfirmDialogProps = {
  trigger: React.ReactNode;
  title: string;
  description: string;
  confirmLabel: string;
  pending?: boolean;
  onConfirm: () => void;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
};

/** A destructive action's confirmation; focus starts on Cancel. */
export function ConfirmDialog({ trigger, title, description, confirmLabel, pending, onConfirm, open, onOpenChange }: ConfirmDialogProps) {
  const t = useTranslations("editor.common");
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-card border border-border bg-bg p-6 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-muted">{description}</AlertDialog.Description>
          <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <AlertDialog.Cancel className={cn("inline-flex items-center justify-center rounded-lg font-medium", buttonVariants.secondary, buttonSizes.md)}>
              {t("cancel")}
            </AlertDialog.Cancel>
            <Button
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
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
