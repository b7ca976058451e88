"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Ban, Pencil } from "lucide-react";
import { toast } from "sonner";
import type { z } from "zod";
import { ConfirmDialog } from "@/components/editor/confirm-dialog";
import { useActionForm, useFailureToast } from "@/components/editor/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogCancel, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { revokeShareLinkAction, updateShareLinkAction } from "@/lib/sharing/actions";
import { MAX_NOTE, updateShareLinkSchema } from "@/lib/sharing/schema";
import { callAction } from "@/components/ui/call-action";
import { LIMITS } from "@/lib/validation";

type LinkSummary = { id: string; recipientName: string; company: string; note: string; who: string; active: boolean };

type FormInput = z.input<typeof updateShareLinkSchema>;
type FormOutput = z.output<typeof updateShareLinkSchema>;

/** Edit (rename) and revoke for one share link. */
export function LinkActions({ link }: { link: LinkSummary }) {
  const t = useTranslations("sharing.link");
  const router = useRouter();
  const failureToast = useFailureToast();
  const [revokeOpen, setRevokeOpen] = useState(false);
  const [revoking, setRevoking] = useState(false);

  async function revoke() {
    setRevoking(true);
    const result = await callAction(revokeShareLinkAction, { id: link.id });
    setRevoking(false);
    if (!result.ok) return failureToast(t("revokeFailed"), result);
    setRevokeOpen(false);
    toast.success(t("revoked_toast"));
    router.refresh();
  }

  return (
    <>
      <EditLinkDialog link={link} />
      {link.active && (
        <ConfirmDialog
          open={revokeOpen}
          onOpenChange={setRevokeOpen}
          trigger={
            <Button type="button" variant="ghost" size="sm" className="text-danger">
              <Ban aria-hidden className="size-4" />
              {t("revoke")}
            </Button>
          }
          title={t("revokeTitle", { who: link.who })}
          description={t("revokeBody")}
          confirmLabel={t("revokeConfirm")}
          pending={revoking}
          onConfirm={revoke}
        />
      )}
    </>
  );
}

function EditLinkDialog({ link }: { link: LinkSummary }) {
  const t = useTranslations("sharing.link");
  const tForm = useTranslations("sharing.form");
  const [open, setOpen] = useState(false);
  const defaults: FormInput = { id: link.id, recipientName: link.recipientName, company: link.company, note: link.note };
  const form = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(updateShareLinkSchema), defaultValues: defaults });
  const { register, handleSubmit, formState, setError, reset } = form;
  const errors = formState.errors;
  const action = useActionForm({ setError, failedTitle: tForm("saveFailed"), refresh: true });

  const onSubmit = handleSubmit(async (values) => {
    const result = await action.run(updateShareLinkAction, values, tForm("saved"));
    if (!result.ok) return;
    reset(values);
    setOpen(false);
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) reset(defaults);
      }}
    >
      <DialogTrigger asChild>
        <Button type="button" variant="ghost" size="sm">
          <Pencil aria-hidden className="size-4" />
          {t("edit")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>{t("editTitle", { who: link.who })}</DialogTitle>
        <DialogDescription className="sr-only">{t("editTitle", { who: link.who })}</DialogDescription>
        <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4">
          <Field label={tForm("recipientName")} error={errors.recipientName?.message}>
            {(control) => <Input {...control} maxLength={LIMITS.title} autoComplete="off" {...register("recipientName")} />}
          </Field>
          <Field label={tForm("company")} error={errors.company?.message}>
            {(control) => <Input {...control} maxLength={LIMITS.title} autoComplete="off" {...register("company")} />}
          </Field>
          <Field label={tForm("note")} error={errors.note?.message}>
            {(control) => <Textarea {...control} rows={3} maxLength={MAX_NOTE} {...register("note")} />}
          </Field>
          <DialogFooter>
            <DialogCancel label={tForm("cancel")} />
            <Button type="submit" pending={formState.isSubmitting}>
              {tForm("save")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
