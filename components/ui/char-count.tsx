"use client";

import { useTranslations } from "next-intl";
import { useWatch, type Control, type FieldValues, type Path } from "react-hook-form";

/** "1,850 of 2,000 characters" under a long text field, shown once the text nears its limit (80%). */
export function CharCount<T extends FieldValues, C, O extends FieldValues>({ control, name, max }: { control: Control<T, C, O>; name: Path<T>; max: number }) {
  const t = useTranslations("limits");
  const value: unknown = useWatch({ control: control as unknown as Control<T>, name });
  const count = typeof value === "string" ? value.length : 0;
  if (count < max * 0.8) return null;
  return (
    <span className="tabular" aria-live="polite">
      {t("characters", { count, max })}
    </span>
  );
}
