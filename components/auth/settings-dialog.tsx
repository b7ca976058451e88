"use client";

import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";

type SettingsDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button on the settings card that opens the dialog. */
  trigger: React.ReactNode;
  title: string;
  description: React.ReactNode;
  /** The dialog's body under its title and explanation: a confirmation form, or Cancel and the confirming button. */
  children: React.ReactNode;
};

/** A settings card's action that asks first: its button (right-aligned from md up) and the dialog it opens. */
export function SettingsDialog({ open, onOpenChange, trigger, title, description, children }: SettingsDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <div className="flex md:justify-end">
        <DialogTrigger asChild>{trigger}</DialogTrigger>
      </div>
      <DialogContent>
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription>{description}</DialogDescription>
        {children}
      </DialogContent>
    </Dialog>
  );
}
