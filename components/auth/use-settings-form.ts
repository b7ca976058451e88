"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/safe-action";
import { useSave } from "./use-save";

type Schema = z.ZodType<FieldValues, FieldValues>;

/**
 * What every settings form sets up: the schema's resolver, its starting values, and useSave over the same fields
 * (a server error on any of them lands beside it).
 */
export function useSettingsForm<S extends Schema>(schema: S, defaultValues: DefaultValues<z.input<S>>) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema), defaultValues });
  const save = useSave(form.setError, Object.keys(defaultValues) as Path<z.input<S>>[]);
  /**
   * SettingsForm's submit props: runs the action with the checked values, toasts `message`, then `after` (say, a
   * reset); pending while saving, savable once something changed.
   */
  const submitWith = <R>(run: (values: z.output<S>) => Promise<ActionResult<R>>, message: (data: R) => string, after: (saved: R) => void) => ({
    onSubmit: form.handleSubmit(async (values) => {
      const saved = await save(() => run(values), message);
      if (saved) after(saved);
    }),
    pending: form.formState.isSubmitting,
    canSave: form.formState.isDirty,
  });
  return { form, save, submitWith };
}
