"use client";

import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useWatch, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { metricKindValues, metricSourceValues } from "@/lib/metrics/schema";
import type { UpsertCaseStudyInput } from "@/lib/case-studies/schema";
import { useRoomErrorText } from "./use-error-text";

type KeyResultEditorProps = {
  index: number;
  control: Control<UpsertCaseStudyInput>;
  register: UseFormRegister<UpsertCaseStudyInput>;
  errors: FieldErrors<UpsertCaseStudyInput>;
  onRemove: () => void;
};

/** One key result: metric kind (or a custom name), value, the value before, period and source. */
export function KeyResultEditor({ index, control, register, errors, onRemove }: KeyResultEditorProps) {
  const t = useTranslations("caseStudies.keyResult");
  const tm = useTranslations("metrics");
  const err = useRoomErrorText("caseStudies");
  const kind = useWatch({ control, name: `keyResults.${index}.kind` });
  const rowErrors = errors.keyResults?.[index];
  const number = index + 1;
  const path = `keyResults.${index}` as const;
  return (
    <li className="rounded-lg border border-border p-3 sm:p-4" data-testid="key-result-row">
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-sm font-medium">{t("heading", { number })}</h3>
        <Button type="button" variant="ghost" size="sm" onClick={onRemove} aria-label={t("remove", { number })}>
          <Trash2 aria-hidden className="size-4" />
          <span className="hidden sm:inline">{t("remove", { number })}</span>
        </Button>
      </div>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <Field label={t("kind")} error={err(rowErrors?.kind?.message)}>
          {(c) => (
            <Select {...c} {...register(`${path}.kind`)}>
              {metricKindValues.map((value) => (
                <option key={value} value={value}>
                  {tm(`kinds.${value}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {kind === "CUSTOM" ? (
          <Field label={t("customName")} error={err(rowErrors?.customName?.message)}>
            {(c) => <Input {...c} placeholder={t("customNamePlaceholder")} {...register(`${path}.customName`)} />}
          </Field>
        ) : (
          <div className="hidden sm:block" />
        )}
        <Field label={t("value")} hint={t("valueHint")} error={err(rowErrors?.value?.message)}>
          {(c) => <Input {...c} inputMode="decimal" autoComplete="off" className="tabular" {...register(`${path}.value`)} />}
        </Field>
        <Field label={t("baseline")} hint={t("baselineHint")} error={err(rowErrors?.baseline?.message)}>
          {(c) => <Input {...c} inputMode="decimal" autoComplete="off" className="tabular" {...register(`${path}.baseline`)} />}
        </Field>
        <Field label={t("periodStart")} error={err(rowErrors?.periodStart?.message)}>
          {(c) => <Input {...c} type="date" {...register(`${path}.periodStart`)} />}
        </Field>
        <Field label={t("periodEnd")} error={err(rowErrors?.periodEnd?.message)}>
          {(c) => <Input {...c} type="date" {...register(`${path}.periodEnd`)} />}
        </Field>
        <Field label={t("source")} error={err(rowErrors?.source?.message)}>
          {(c) => (
            <Select {...c} {...register(`${path}.source`)}>
              {metricSourceValues.map((value) => (
                <option key={value} value={value}>
                  {tm(`sources.${value}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
    </li>
  );
}
