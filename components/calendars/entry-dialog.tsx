"use client";

import { useState, useTransition } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { ChevronLeft, ChevronRight, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { useActionForm, useFailureToast } from "@/components/editor/use-action-form";
import { ConfirmDialog } from "@/components/editor/confirm-dialog";
import { IconButton } from "@/components/ui/icon-button";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { Dialog, DialogCancel, DialogContent, DialogHeader } from "@/components/ui/dialog";
import { useReturnFocus } from "@/components/ui/use-return-focus";
import { deleteEntryAction, saveEntryAction } from "@/lib/calendars/actions";
import { isWithin } from "@/lib/calendars/period";
import { upsertEntrySchema, type UpsertEntryInput } from "@/lib/calendars/schema";
import type { EntryView, SampleOption } from "@/lib/calendars/types";
import { EntryFields } from "./entry-fields";
import { useCalendarDates } from "./use-calendar-dates";
import { callAction } from "@/components/ui/call-action";

type Schema = typeof upsertEntrySchema;

export type EntryDialogTarget = { entry: EntryView } | { date: string };

type EntryDialogProps = {
  calendarId: string;
  period: { start: string; end: string };
  target: EntryDialogTarget | null;
  samples: SampleOption[];
  pillars: string[];
  onClose: () => void;
  onSaved: (entry: EntryView) => void;
  onDeleted: (id: string) => void;
  /** Moves the entry one day (saved at once by the editor). */
  onMove: (entry: EntryView, days: number) => void;
};

function toFormValues(calendarId: string, target: EntryDialogTarget): UpsertEntryInput {
  if ("date" in target) {
    return { calendarId, date: target.date, time: "", platform: "INSTAGRAM", format: "IMAGE_POST", topic: "", pillar: "", status: "IDEA", sampleId: "" };
  }
  const { entry } = target;
  return {
    id: entry.id,
    baseVersion: entry.version,
    calendarId,
    date: entry.date,
    time: entry.time ?? "",
    platform: entry.platform,
    format: entry.format,
    topic: entry.topic,
    pillar: entry.pillar,
    status: entry.status,
    sampleId: entry.sample?.id ?? "",
  };
}

/** Add or edit one entry: a small form in a dialog, prefilled with the clicked day. */
export function EntryDialog(props: EntryDialogProps) {
  const { target, onClose } = props;
  const returnFocus = useReturnFocus();
  return (
    <Dialog open={target !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent size="lg" {...returnFocus}>
        {target && <EntryForm key={"entry" in target ? target.entry.id : target.date} {...props} target={target} />}
      </DialogContent>
    </Dialog>
  );
}

function EntryForm({ calendarId, period, target, samples, pillars, onClose, onSaved, onDeleted, onMove }: EntryDialogProps & { target: EntryDialogTarget }) {
  const t = useTranslations("calendars");
  const tEditor = useTranslations();
  const failed = useFailureToast();
  const dates = useCalendarDates();
  const existing = "entry" in target ? target.entry : null;
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [deleting, startDelete] = useTransition();
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(upsertEntrySchema),
    defaultValues: toFormValues(calendarId, target),
  });
  const { handleSubmit, formState, setError } = form;
  const { isSubmitting } = formState;
  // Versioned (#19): a saveId per press; an entry changed since the dialog opened is refused (STALE, shown below).
  const action = useActionForm({ setError, failedTitle: tEditor("editor.errors.saveFailed"), versioned: { reset: () => undefined } });

  const onSubmit = handleSubmit(async (values) => {
    if (!isWithin(values.date, period)) {
      setError("date", { message: "outsidePeriod" });
      return;
    }
    const result = await action.run(saveEntryAction, values, existing ? t("entry.updated") : t("entry.created"));
    if (!result.ok) return;
    onSaved(result.data);
    onClose();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <DialogHeader
        title={existing ? t("entry.editTitle") : t("entry.addTitle")}
        description={dates.long(existing?.date ?? ("date" in target ? target.date : period.start))}
        closeLabel={t("close")}
      />

      <EntryFields form={form} period={period} samples={samples} pillars={pillars} />
      {formState.errors.root?.message && <FieldError message={formState.errors.root.message} />}

      <div className="flex flex-wrap items-center gap-2 border-t border-border pt-4">
        {existing && (
          <>
            <IconButton
              icon={ChevronLeft}
              label={t("entry.previousDay")}
              title={t("entry.previousDay")}
              disabled={existing.date <= period.start}
              onClick={() => {
                onMove(existing, -1);
                onClose();
              }}
            />
            <IconButton
              icon={ChevronRight}
              label={t("entry.nextDay")}
              title={t("entry.nextDay")}
              disabled={existing.date >= period.end}
              onClick={() => {
                onMove(existing, 1);
                onClose();
              }}
            />
            <ConfirmDialog
              open={confirmOpen}
              onOpenChange={setConfirmOpen}
              title={t("entry.deleteTitle")}
              description={t("entry.deleteBody", { topic: existing.topic })}
              confirmLabel={tEditor("editor.common.delete")}
              pending={deleting}
              onConfirm={() =>
                startDelete(async () => {
                  const result = await callAction(deleteEntryAction, { id: existing.id });
                  if (result.ok) {
                    setConfirmOpen(false);
                    toast.success(t("entry.deleted"));
                    onDeleted(existing.id);
                    onClose();
                  } else failed(tEditor("editor.errors.deleteFailed"), result);
                })
              }
              trigger={<IconButton icon={Trash2} danger label={tEditor("editor.common.delete")} title={tEditor("editor.common.delete")} />}
            />
          </>
        )}
        <div className="ml-auto flex gap-2">
          <DialogCancel label={tEditor("editor.common.cancel")} />
          <Button type="submit" pending={isSubmitting}>
            {tEditor("editor.common.save")}
          </Button>
        </div>
      </div>
    </form>
  );
}
