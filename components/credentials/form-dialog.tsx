"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field";
import { useReturnFocus } from "@/components/ui/use-return-focus";

type FormDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  children: React.ReactNode;
};

/** A modal holding one credential's add/edit form; Escape or the close button cancels. */
export function FormDialog({ open, onOpenChange, title, description, children }: FormDialogProps) {
  const t = useTranslations("credentials");
  const returnFocus = useReturnFocus();
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent size="lg" {...returnFocus}>
        <DialogHeader title={title} closeLabel={t("cancel")} />
        {description ? (
          <DialogDescription className="mt-1">{description}</DialogDescription>
        ) : (
          <DialogDescription className="sr-only">{title}</DialogDescription>
        )}
        <div className="mt-4">{children}</div>
      </DialogContent>
    </Dialog>
  );
}

/** Cancel and Save for a dialog's form. */
export function DialogButtons({ pending, onCancel }: { pending: boolean; onCancel: () => void }) {
  const t = useTranslations();
  return (
    <DialogFooter className="pt-2">
      <Button type="button" variant="secondary" onClick={onCancel}>
        {t("credentials.cancel")}
      </Button>
      <Button type="submit" pending={pending}>
        {t("editor.common.save")}
      </Button>
    </DialogFooter>
  );
}

export type DialogFormProps = {
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
  /** The form-level error (say, the row changed in another tab), under the fields. */
  rootError?: string;
  pending: boolean;
  onCancel: () => void;
};

/** A credential dialog's form: its fields, the form-level error, then Cancel and Save (`useCredentialForm`'s `dialog`). */
export function DialogForm({ onSubmit, rootError, pending, onCancel, children }: DialogFormProps & { children: React.ReactNode }) {
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {children}
      {rootError && <FieldError message={rootError} />}
      <DialogButtons pending={pending} onCancel={onCancel} />
    </form>
  );
}
