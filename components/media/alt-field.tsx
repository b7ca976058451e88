"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ALT_MAX_LENGTH } from "@/lib/media/schema";

type AltFieldProps = Omit<React.ComponentProps<"input">, "id" | "value" | "onChange" | "maxLength" | "required" | "placeholder"> & {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  /** A picture needs its alt text (required, with an example); a PDF's title is optional. */
  image: boolean;
};

/** A picture's alt text (or a PDF's title) beside it, within the length the server accepts. */
export function AltField({ label, hint, error, value, onChange, image, ...input }: AltFieldProps) {
  const t = useTranslations("media.uploader");
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <Input
          {...control}
          {...input}
          value={value}
          maxLength={ALT_MAX_LENGTH}
          required={image}
          placeholder={image ? t("altPlaceholder") : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
