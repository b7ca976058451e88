"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/safe-action";
import { useMediaAlts } from "@/components/media/attached-media";
import { FormUploadsScope, useFormUploads, type FormUploads } from "@/components/media/form-uploads";
import { ComputedFigures, type ComputedFiguresProps } from "./computed-figures";
import { SaveBar, type SaveBarProps } from "./save-bar";
import type { SaveStatus } from "./save-status";
import { useItemSave, type FailureHandler } from "./use-action-form";
import { rooms, type ItemEditorRoom } from "./rooms";
import { useUnsavedChangesWarning } from "./use-unsaved-changes-warning";

/**
 * What every editor form with uploads wires the same way: the uploads its
 * uploaders report, the `mediaAlts` saved with the item, the leave warning,
 * and a submit that first waits for running uploads (and refuses a picked
 * file that did not upload).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any output type: the hook reads only formState and mediaAlts
export function useEditorUploads<T extends FieldValues>(form: UseFormReturn<T, unknown, any>) {
  const uploads = useFormUploads();
  const alts = useMediaAlts(form);
  // Not "&& !isSubmitSuccessful": a save the server refused (say, for missing alt text) must still guard what was picked.
  useUnsavedChangesWarning(form.formState.isDirty || uploads.running + uploads.stuck > 0);
  const afterUploads = (submit: () => Promise<void>) => async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await uploads.settle()) await submit();
  };
  return { uploads, alts, afterUploads };
}

type ItemEditorOptions<TOut, R> = {
  /** No item yet: the save creates one. */
  isNew: boolean;
  /** The room's save action and the toast once it answered ok ("created" or "updated"). */
  action: (input: TOut) => Promise<ActionResult<R>>;
  saved: string;
  /** Runs on each submit before the action is called (say, to clear a hint of the last answer). */
  beforeSave?: () => void;
  onFailure?: FailureHandler;
};

/**
 * The save wiring every item editor (campaign, sample, document, case study) opens with: its uploads
 * (`useEditorUploads`), the versioned save back to the room's list (`useItemSave`), and a submit that waits
 * for the uploads (the room's kind), then runs the room's action. Spread `frame` into `EditorForm`.
 */
export function useItemEditor<T extends FieldValues & { id?: string; baseVersion?: number }, TOut extends FieldValues, R>(
  form: UseFormReturn<T, unknown, TOut>,
  room: ItemEditorRoom,
  { isNew, action, saved, beforeSave, onFailure }: ItemEditorOptions<TOut, R>,
) {
  const { path: returnTo, uploadKind } = rooms[room];
  const { uploads, alts, afterUploads } = useEditorUploads(form);
  const save = useItemSave(form, returnTo);
  const submit = form.handleSubmit(async (values) => {
    beforeSave?.();
    await save.run(action, values, saved, onFailure);
  });
  const frame = { uploads, onSubmit: afterUploads(submit), form, status: save.status, save: { uploadKind, isNew, cancelHref: returnTo } };
  return { uploads, alts, frame };
}

type ItemValues = FieldValues & { id?: string; baseVersion?: number };

type ItemFormOptions<S extends z.ZodType<FieldValues, ItemValues>, R> = Omit<ItemEditorOptions<z.output<S>, R>, "isNew" | "saved"> & {
  /** The room's upsert schema: the form's resolver, the same object the save action parses with. */
  schema: S;
  defaultValues: DefaultValues<z.input<S>>;
  /** The item being edited, or null for a new one: the save's toast says "updated" or "created" (the room's own words). */
  item: object | null;
};

/**
 * An item editor's form as every room opens it: react-hook-form on the room's schema, then `useItemEditor`'s
 * wiring. Returns the form, its errors, the media alts and the `frame` to spread into `EditorForm`.
 */
export function useItemForm<S extends z.ZodType<FieldValues, ItemValues>, R>(
  room: ItemEditorRoom,
  { schema, defaultValues, item, ...options }: ItemFormOptions<S, R>,
) {
  const t = useTranslations(room);
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema), defaultValues });
  const { alts, frame } = useItemEditor(form, room, { ...options, isNew: !item, saved: item ? t("updated") : t("created") });
  return { form, errors: form.formState.errors, alts, frame };
}

type EditorFormProps = {
  uploads: FormUploads;
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
  /** The form whose state the save bar shows: submitting, a form-level error, unsaved changes. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any output type: only formState is read
  form: UseFormReturn<any, unknown, any>;
  /** The save in progress or just answered (useActionForm's `status`). */
  status: SaveStatus;
  /** What the save bar says that the form cannot know: which uploads Save waits for, new or edit, where Cancel goes. */
  save: Pick<SaveBarProps, "uploadKind" | "isNew" | "cancelHref">;
  /**
   * Figures computed live from what is typed: with them, they and the save bar make a sticky side
   * column; without, the form is one column with the save bar sticky along its bottom.
   */
  figures?: ComputedFiguresProps;
  children: React.ReactNode;
};

/** An editor form's frame: its uploaders report to `uploads`; sections on the left, figures and Save on the right. */
export function EditorForm({ uploads, onSubmit, form, status, save, figures, children }: EditorFormProps) {
  const { isSubmitting, isDirty, errors } = form.formState;
  const bar = { uploads, ...save, pending: isSubmitting, rootError: errors.root?.message, status };
  return (
    <FormUploadsScope uploads={uploads}>
      {figures ? (
        <form onSubmit={onSubmit} noValidate className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem] lg:items-start">
          <div className="grid min-w-0 gap-6">{children}</div>
          <aside className="grid gap-4 lg:sticky lg:top-20" aria-labelledby="computed-heading">
            <ComputedFigures {...figures} />
            <SaveBar {...bar} />
          </aside>
        </form>
      ) : (
        <form onSubmit={onSubmit} noValidate className="grid gap-6">
          {children}
          <SaveBar variant="sticky" isDirty={isDirty} {...bar} />
        </form>
      )}
    </FormUploadsScope>
  );
}
