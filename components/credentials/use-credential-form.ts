"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm, type DefaultValues, type FieldValues } from "react-hook-form";
import type { z } from "zod";
import { useActionForm } from "@/components/editor/use-action-form";
import { useErrorText } from "@/components/editor/use-error-text";
import { useUnsavedChangesWarning } from "@/components/editor/use-unsaved-changes-warning";
import type { ActionResult } from "@/lib/safe-action";
import type { DialogFormProps } from "./form-dialog";

type Schema = z.ZodType<FieldValues, FieldValues>;

type CredentialFormOptions<S extends Schema> = {
  schema: S;
  /** The row's own fields (its id and version come from `item`). */
  defaultValues: DefaultValues<z.input<S>>;
  save: (values: z.output<S>) => Promise<ActionResult<unknown>>;
  /** The row being edited ("Saved"; its id and version go with the save), or null when adding one ("Added"). */
  item: { id: string; version: number } | null;
  /** Closes the dialog once saved. */
  onDone: () => void;
};

/**
 * What every credential dialog form does: the schema's resolver, a warning
 * before unsaved changes are lost, the versioned save (#19: `baseVersion` from
 * the row, a saveId per press) through useActionForm, and the
 * dialog closed once saved. Spread `dialog` into `DialogForm`.
 */
export function useCredentialForm<S extends Schema>({ schema, defaultValues, save, item, onDone }: CredentialFormOptions<S>) {
  const t = useTranslations("credentials");
  const err = useErrorText("credentials", "editor");
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    defaultValues: { id: item?.id, baseVersion: item?.version, ...defaultValues } as DefaultValues<z.input<S>>,
  });
  const { formState } = form;
  useUnsavedChangesWarning(formState.isDirty && !formState.isSubmitSuccessful);
  // Versioned (#19): the press's saveId goes with the values; the answered version becomes the form's baseVersion.
  const action = useActionForm({
    setError: form.setError,
    failedTitle: t("saveFailed"),
    // The save answers with the row's id and version only (#19): the list and the nav's count are read afresh.
    refresh: true,
    versioned: { reset: ({ id, version }) => form.reset({ ...form.getValues(), id, baseVersion: version } as z.input<S>) },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await action.run(save, values, item ? t("saved") : t("added"));
    if (result.ok) onDone();
  });
  const dialog: DialogFormProps = { onSubmit, rootError: formState.errors.root?.message, pending: formState.isSubmitting, onCancel: onDone };
  return { form, err, errors: formState.errors, dialog };
}
