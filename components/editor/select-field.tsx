"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";

type SelectFieldProps = {
  label: string;
  hint?: React.ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
  /** In the order shown; a leading `{ value: "" }` is the "none" choice. */
  options: readonly { value: string; label: string }[];
  className?: string;
};

/** A labelled drop-down of fixed choices (platform, format, kind, objective, campaign). */
export function SelectField({ label, hint, error, registration, options, className }: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(c) => (
        <Select {...c} {...registration}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
