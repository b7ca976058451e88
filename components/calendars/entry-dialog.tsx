"use client";

import { useState, useTransition } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { ChevronLeft, ChevronRight, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { useActionForm, useFailureToast } from "@/components/editor/use-action-form";
import { useErrorText } from "@/components/editor/use-error-text";
import { ConfirmDialog } from "@/components/editor/confirm-dialog";
import { Button } from "@/components/ui/button";
import { Dialog, DialogCancel, DialogContent, DialogHeader } from "@/components/ui/dialog";
import { CharCount } from "@/components/ui/char-count";
import { useReturnFocus } from "@/components/ui/use-return-focus";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { deleteEntryAction, saveEntryAction } from "@/lib/calendars/actions";
import { isWithin } from "@/lib/calendars/period";
import { entryStatusValues, PILLAR_MAX, TOPIC_MAX, upsertEntrySchema, type UpsertEntryInput } from "@/lib/calendars/schema";
import type { EntryView, SampleOption } from "@/lib/calendars/types";
import { platformValues } from "@/lib/platforms/platforms";
import { formatValues } from "@/lib/samples/schema";
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
  const err = useErrorText("calendars", "editor");
  const failed = useFailureToast();
  const dates = useCalendarDates();
  const existing = "entry" in target ? target.entry : null;
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [deleting, startDelete] = useTransition();
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(upsertEntrySchema),
    defaultValues: toFormValues(calendarId, target),
  });
  const { register, handleSubmit, formState, setError, control } = form;
  const { errors, isSubmitting } = formState;
  const action = useActionForm({ setError, failedTitle: tEditor("editor.errors.saveFailed") });

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

      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_8rem]">
        <Field
          label={t("entry.date")}
          hint={t("entry.dateHint", { start: dates.day(period.start), end: dates.day(period.end) })}
          error={err(errors.date?.message)}
        >
          {(c) => <Input {...c} type="date" min={period.start} max={period.end} {...register("date")} />}
        </Field>
        <Field label={t("entry.time")} hint={t("entry.timeHint")} error={err(errors.time?.message ?? undefined)}>
          {(c) => <Input {...c} type="time" {...register("time")} />}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("entry.platform")} error={err(errors.platform?.message)}>
          {(c) => (
            <Select {...c} {...register("platform")}>
              {platformValues.map((platform) => (
                <option key={platform} value={platform}>
                  {tEditor(`platforms.names.${platform}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("entry.format")} error={err(errors.format?.message)}>
          {(c) => (
            <Select {...c} {...register("format")}>
              {formatValues.map((format) => (
                <option key={format} value={format}>
                  {tEditor(`platforms.formats.${format}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Field label={t("entry.topic")} hint={<CharCount control={control} name="topic" max={TOPIC_MAX} />} error={err(errors.topic?.message)}>
        {(c) => <Textarea {...c} rows={3} maxLength={TOPIC_MAX} placeholder={t("entry.topicPlaceholder")} {...register("topic")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("entry.pillar")} hint={t("entry.pillarHint")} error={err(errors.pillar?.message)}>
          {(c) => (
            <>
              <Input
                {...c}
                list={`${c.id}-pillars`}
                maxLength={PILLAR_MAX}
                autoComplete="off"
                placeholder={t("entry.pillarPlaceholder")}
                {...register("pillar")}
              />
              <datalist id={`${c.id}-pillars`}>
                {pillars.map((pillar) => (
                  <option key={pillar} value={pillar} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label={t("entry.status")} error={err(errors.status?.message)}>
          {(c) => (
            <Select {...c} {...register("status")}>
              {entryStatusValues.map((status) => (
                <option key={status} value={status}>
                  {t(`statuses.${status}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Field label={t("entry.sample")} hint={t("entry.sampleHint")} error={err(errors.sampleId?.message ?? undefined)}>
        {(c) => (
          <Select {...c} {...register("sampleId")}>
            <option value="">{t("entry.noSample")}</option>
            {samples.map((sample) => (
              <option key={sample.id} value={sample.id}>
                {`${sample.title} · ${tEditor(`platforms.names.${sample.platform}`)}`}
              </option>
            ))}
          </Select>
        )}
      </Field>

      <div className="flex flex-wrap items-center gap-2 border-t border-border pt-4">
        {existing && (
          <>
            <Button
              type="button"
              variant="ghost"
              size="icon"
              aria-label={t("entry.previousDay")}
              title={t("entry.previousDay")}
              disabled={existing.date <= period.start}
              onClick={() => {
                onMove(existing, -1);
                onClose();
              }}
            >
              <ChevronLeft aria-hidden className="size-4" />
            </Button>
            <Button
              type="button"
              variant="ghost"
              size="icon"
              aria-label={t("entry.nextDay")}
              title={t("entry.nextDay")}
              disabled={existing.date >= period.end}
              onClick={() => {
                onMove(existing, 1);
                onClose();
              }}
            >
              <ChevronRight aria-hidden className="size-4" />
            </Button>
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
              trigger={
                <Button type="button" variant="ghost" size="icon" aria-label={tEditor("editor.common.delete")} title={tEditor("editor.common.delete")}>
                  <Trash2 aria-hidden className="size-4 text-danger" />
                </Button>
              }
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
