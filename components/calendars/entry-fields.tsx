"use client";

import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { SelectField } from "@/components/editor/select-field";
import { useErrorText } from "@/components/editor/use-error-text";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { entryStatusValues, PILLAR_MAX, TOPIC_MAX, type upsertEntrySchema } from "@/lib/calendars/schema";
import type { SampleOption } from "@/lib/calendars/types";
import { platformValues } from "@/lib/platforms/platforms";
import { formatValues } from "@/lib/samples/schema";
import { useCalendarDates } from "./use-calendar-dates";
import { bindField, TextareaField } from "@/components/editor/text-field";

type Schema = typeof upsertEntrySchema;

type EntryFieldsProps = {
  form: UseFormReturn<z.input<Schema>, unknown, z.output<Schema>>;
  period: { start: string; end: string };
  samples: SampleOption[];
  pillars: string[];
};

/** The entry's fields: when, where, what, which pillar and status, and the sample it became. */
export function EntryFields({ form, period, samples, pillars }: EntryFieldsProps) {
  const t = useTranslations("calendars");
  const tPlatforms = useTranslations("platforms");
  const err = useErrorText("calendars", "editor");
  const dates = useCalendarDates();
  const { register, control, formState } = form;
  const { errors } = formState;
  const field = bindField(form, err);
  return (
    <>
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
        <SelectField
          {...field("platform", t("entry.platform"))}
          options={platformValues.map((platform) => ({ value: platform, label: tPlatforms(`names.${platform}`) }))}
        />
        <SelectField
          {...field("format", t("entry.format"))}
          options={formatValues.map((format) => ({ value: format, label: tPlatforms(`formats.${format}`) }))}
        />
      </div>
      <TextareaField {...field("topic", t("entry.topic"))} count={control} rows={3} maxLength={TOPIC_MAX} placeholder={t("entry.topicPlaceholder")} />
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
        <SelectField {...field("status", t("entry.status"))} options={entryStatusValues.map((status) => ({ value: status, label: t(`statuses.${status}`) }))} />
      </div>
      <SelectField
        {...field("sampleId", t("entry.sample"))}
        hint={t("entry.sampleHint")}
        options={[
          { value: "", label: t("entry.noSample") },
          ...samples.map((sample) => ({ value: sample.id, label: `${sample.title} · ${tPlatforms(`names.${sample.platform}`)}` })),
        ]}
      />
    </>
  );
}
