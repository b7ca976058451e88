"use client";

import { useTranslations } from "next-intl";
import { useWatch, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { FigureRow } from "@/components/editor/figure-rows";
import { useErrorText } from "@/components/editor/use-error-text";
import type { UpsertCaseStudyInput } from "@/lib/case-studies/schema";

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
  const err = useErrorText("caseStudies", "editor");
  const kind = useWatch({ control, name: `keyResults.${index}.kind` });
  const rowErrors = errors.keyResults?.[index];
  const number = index + 1;
  return (
    <FigureRow
      testId="key-result-row"
      heading={t("heading", { number })}
      removeLabel={t("remove", { number })}
      onRemove={onRemove}
      label={(key) => t(key)}
      layout={["kind", kind === "CUSTOM" ? "customName" : "spacer", "value", "baseline", "periodStart", "periodEnd", "source"]}
      registration={(name) => register(`keyResults.${index}.${name}`)}
      error={(name) => err(rowErrors?.[name]?.message)}
    />
  );
}
