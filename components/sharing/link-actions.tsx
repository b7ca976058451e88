"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Dialog } from "radix-ui";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Ban, Pencil } from "lucide-react";
import { toast } from "sonner";
import type { z } from "zod";
import { ConfirmDialog } from "@/components/editor/confirm-dialog";
import { useFailureToast } from "@/components/editor/action-feedback";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { Button } from "@/components/ui/button";
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
  const router = useRouter();
  const failureToast = useFailureToast();
  const [open, setOpen] = useState(false);
  const defaults: FormInput = { id: link.id, recipientName: link.recipientName, company: link.company, note: link.note };
  const form = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(updateShareLinkSchema), defaultValues: defaults });
  const { register, handleSubmit, formState, setError, reset } = form;
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    const result = await callAction(updateShareLinkAction, values);
    if (result.ok) {
      toast.success(tForm("saved"));
      reset(values);
      setOpen(false);
      router.refresh();
      return;
    }
    applyServerErrors(result, setError);
    failureToast(tForm("saveFailed"), result);
  });

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) reset(defaults);
      }}
    >
      <Dialog.Trigger asChild>
        <Button type="button" variant="ghost" size="sm">
          <Pencil aria-hidden className="size-4" />
          {t("edit")}
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-card border border-border bg-bg p-6 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">{t("editTitle", { who: link.who })}</Dialog.Title>
          <Dialog.Description className="sr-only">{t("editTitle", { who: link.who })}</Dialog.Description>
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
            <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <Dialog.Close asChild>
                <Button type="button" variant="secondary">
                  {tForm("cancel")}
                </Button>
              </Dialog.Close>
              <Button type="submit" pending={formState.isSubmitting}>
                {tForm("save")}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
