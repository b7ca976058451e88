"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import type { FieldErrors, FieldValues, UseFormRegister } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { workKindValues } from "@/lib/validation";
import { useErrorText } from "./use-error-text";
import { SwitchField } from "./form-section";
import { LIMITS } from "@/lib/validation";

type ClientValues = { client?: string; confidential?: boolean; anonymizedLabel?: string; workKind?: string };

/** A form's register narrowed to the client fields, for ClientFields (the forms' value types differ beyond them). */
export function clientRegister<T extends FieldValues>(register: UseFormRegister<T>): UseFormRegister<ClientValues> {
  return register as unknown as UseFormRegister<ClientValues>;
}

type ClientFieldsProps = {
  // Shared by the campaign and sample forms, whose value types differ beyond these fields.
  register: UseFormRegister<ClientValues>;
  errors: FieldErrors<ClientValues>;
  confidential: boolean;
  clientPlaceholder?: string;
  anonymizedPlaceholder?: string;
  /** Clients the owner named before, offered as the client field's suggestions (a datalist). */
  clientSuggestions?: string[];
};

/** Kind of work, client name, and the confidential switch with its anonymized label. */
export function ClientFields({ register, errors, confidential, clientPlaceholder, anonymizedPlaceholder, clientSuggestions = [] }: ClientFieldsProps) {
  const t = useTranslations();
  const td = useTranslations("firstRunDefaults");
  const listId = useId();
  const err = useErrorText("editor");
  return (
    <>
      <Field label={t("editor.common.workKind")} hint={t("editor.common.workKindHint")} error={err(errors.workKind?.message)}>
        {(control) => (
          <Select {...control} {...register("workKind")}>
            {/* No default: a new item starts here and the schema refuses it until a kind is chosen. */}
            <option value="" disabled>
              {t("editor.common.workKindPlaceholder")}
            </option>
            {workKindValues.map((kind) => (
              <option key={kind} value={kind}>
                {t(`workKinds.${kind}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t("editor.common.client")} error={err(errors.client?.message)}>
        {(control) => (
          <Input
            {...control}
            maxLength={LIMITS.title}
            placeholder={clientPlaceholder}
            autoComplete="off"
            list={clientSuggestions.length > 0 ? listId : undefined}
            {...register("client")}
          />
        )}
      </Field>
      {clientSuggestions.length > 0 && (
        <datalist id={listId} aria-label={td("clientSuggestions")}>
          {clientSuggestions.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      )}
      <SwitchField label={t("editor.common.confidential")} hint={t("editor.common.confidentialHint")} {...register("confidential")} />
      {confidential && (
        <Field label={t("editor.common.anonymizedLabel")} hint={t("editor.common.anonymizedLabelHint")} error={err(errors.anonymizedLabel?.message)}>
          {(control) => <Input {...control} maxLength={LIMITS.title} placeholder={anonymizedPlaceholder} autoComplete="off" {...register("anonymizedLabel")} />}
        </Field>
      )}
    </>
  );
}
