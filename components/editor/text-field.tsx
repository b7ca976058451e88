"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { DATE_MAX, DATE_MIN } from "@/lib/validation";

type TextFieldProps = Omit<React.ComponentProps<"input">, "onChange" | "onBlur" | "ref" | "name" | "id"> & {
  label: string;
  hint?: React.ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
};

/** A labelled one-line input registered with react-hook-form: title, role, link, a date. */
export function TextField({ label, hint, error, registration, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(c) => <Input {...c} {...input} {...registration} />}
    </Field>
  );
}

type DateFieldProps = Omit<TextFieldProps, "type" | "min" | "max">;

/** A date input within the dates the schemas accept. */
export function DateField(props: DateFieldProps) {
  return <TextField {...props} min={DATE_MIN} max={DATE_MAX} type="date" />;
}

/** Start and end dates side by side (a campaign, a case study, a job, a certificate). */
export function DateRangeFields({ start, end }: { start: DateFieldProps; end: DateFieldProps }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <DateField {...start} />
      <DateField {...end} />
    </div>
  );
}

type BindableForm<N extends string> = {
  register: (name: N) => UseFormRegisterReturn;
  formState: { errors: Partial<Record<N, { message?: string }>> };
};

/**
 * Ties a field to its form in one call: `<TextField {...field("title", t("fields.title"))} />` gives the label, the
 * field's error (through the room's `err`) and its registration, so a form names each field once.
 */
export function bindField<N extends string>(form: BindableForm<N>, err: (message: string | undefined) => string | undefined) {
  return (name: N, label: string) => ({ label, error: err(form.formState.errors[name]?.message), registration: form.register(name) });
}
