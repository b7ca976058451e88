"use client";

import type { Control, FieldValues, Path, UseFormRegisterReturn } from "react-hook-form";
import { CharCount } from "@/components/ui/char-count";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
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

type TextareaFieldProps<T extends FieldValues, C, O extends FieldValues> = Omit<
  React.ComponentProps<"textarea">,
  "onChange" | "onBlur" | "ref" | "name" | "id" | "maxLength"
> & {
  label: string;
  hint?: React.ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
  maxLength: number;
  /** The form's control: the hint then counts the characters ("1,850 of 2,000") once the text nears `maxLength`. */
  count?: Control<T, C, O>;
};

/** A labelled text area registered with react-hook-form: a summary, a caption, a description. */
export function TextareaField<T extends FieldValues, C, O extends FieldValues>({
  label,
  hint,
  error,
  registration,
  count,
  ...textarea
}: TextareaFieldProps<T, C, O>) {
  const counter = count && <CharCount control={count} name={registration.name as Path<T>} max={textarea.maxLength} />;
  return (
    <Field
      label={label}
      hint={
        counter && hint ? (
          <>
            {hint} {counter}
          </>
        ) : (
          (counter ?? hint)
        )
      }
      error={error}
    >
      {(c) => <Textarea {...c} {...textarea} {...registration} />}
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
