"use client";

import { AlertDialog, Dialog as RadixDialog } from "radix-ui";
import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/**
 * The one modal of the app: every dialog (forms, confirmations, QR code, CSV
 * import) shares this overlay, this panel and one z-index, so a dialog opened
 * from another (a confirmation inside the calendar entry form) stacks in order.
 */
const overlayClass = "fixed inset-0 z-50 bg-black/40";

const panelClass =
  "fixed top-1/2 left-1/2 z-50 max-h-[calc(100dvh-2rem)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-card border border-border bg-bg shadow-xl";

const sizes = {
  sm: "w-[calc(100vw-2rem)] max-w-sm p-6",
  md: "w-[calc(100vw-2rem)] max-w-md p-6",
  lg: "w-[calc(100vw-1rem)] max-w-lg p-4 sm:p-6",
  xl: "w-[calc(100vw-1rem)] max-w-4xl p-4 sm:p-6",
} as const;

export type DialogSize = keyof typeof sizes;

export const Dialog = RadixDialog.Root;
export const DialogTrigger = RadixDialog.Trigger;
export const DialogClose = RadixDialog.Close;

type ModalParts<P> = {
  Portal: React.ComponentType<{ children: React.ReactNode }>;
  Overlay: React.ComponentType<{ className?: string }>;
  Content: React.ComponentType<P>;
};

/** Portal, overlay and panel in one, for Radix's dialog or its alert dialog: children are the dialog's body. */
function modalContent<P extends { className?: string; children?: React.ReactNode }>({ Portal, Overlay, Content }: ModalParts<P>) {
  return function ModalContent({ size = "md", className, children, ...props }: P & { size?: DialogSize }) {
    return (
      <Portal>
        <Overlay className={overlayClass} />
        {/* The rest is P's own props (TypeScript cannot see that through the spread). */}
        <Content {...(props as unknown as P)} className={cn(panelClass, sizes[size], className)}>
          {children}
        </Content>
      </Portal>
    );
  };
}

/** Portal, overlay and panel in one: children are the dialog's body. */
export const DialogContent = modalContent<React.ComponentProps<typeof RadixDialog.Content>>(RadixDialog);

export function DialogTitle({ className, ...props }: React.ComponentProps<typeof RadixDialog.Title>) {
  return <RadixDialog.Title className={cn("text-lg font-semibold", className)} {...props} />;
}

export function DialogDescription({ className, ...props }: React.ComponentProps<typeof RadixDialog.Description>) {
  return <RadixDialog.Description className={cn("mt-2 text-sm text-muted", className)} {...props} />;
}

/** The title (and a short description under it) with a close (×) button beside it; `closeLabel` names the button. */
export function DialogHeader({ title, description, closeLabel }: { title: React.ReactNode; description?: React.ReactNode; closeLabel: string }) {
  return (
    <div className="flex items-start justify-between gap-3">
      {description === undefined ? (
        <DialogTitle>{title}</DialogTitle>
      ) : (
        <div>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription className="mt-0.5">{description}</DialogDescription>
        </div>
      )}
      <RadixDialog.Close asChild>
        <Button type="button" variant="ghost" size="icon" className="-mt-1 -mr-1" aria-label={closeLabel}>
          <X aria-hidden className="size-4" />
        </Button>
      </RadixDialog.Close>
    </div>
  );
}

/** The row of a dialog's buttons: stacked on phones (main action on top), right-aligned from sm up. */
export function DialogFooter({ className, children }: { className?: string; children: React.ReactNode }) {
  return <div className={cn("flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)}>{children}</div>;
}

/** A cancel button that closes the dialog it sits in. */
export function DialogCancel({ label, disabled }: { label: string; disabled?: boolean }) {
  return (
    <RadixDialog.Close asChild>
      <Button type="button" variant="secondary" disabled={disabled}>
        {label}
      </Button>
    </RadixDialog.Close>
  );
}

/** The same panel for Radix's alert dialog (a confirmation: no dismiss by clicking outside). */
export const AlertDialogContent = modalContent<React.ComponentProps<typeof AlertDialog.Content>>(AlertDialog);
