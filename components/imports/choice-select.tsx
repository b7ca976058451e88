"use client";

import { useTranslations } from "next-intl";
import { workKindValues } from "@/lib/validation";

export const choiceClass = "mt-1 block w-full rounded-lg border border-border bg-bg p-2 text-sm";

type ChoiceSelectProps = {
  label: string;
  value: string | number;
  onChange: (value: string) => void;
  /** In the order shown; a leading `{ value: "" }` is the "not chosen yet" choice. */
  options: readonly { value: string | number; label: string }[];
  hint?: React.ReactNode;
};

/** A labelled drop-down the wizard keeps in its own state (no form library here). */
export function ChoiceSelect({ label, value, onChange, options, hint }: ChoiceSelectProps) {
  return (
    <label className="text-sm">
      {label}
      <select className={choiceClass} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && <span className="mt-1 block text-xs text-muted">{hint}</span>}
    </label>
  );
}

export function WorkKindSelect({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const t = useTranslations("imports");
  const te = useTranslations("workKinds");
  const options = [{ value: "", label: t("choose.workKindPlaceholder") }, ...workKindValues.map((kind) => ({ value: kind, label: te(kind) }))];
  return <ChoiceSelect label={label} value={value} onChange={onChange} options={options} />;
}
