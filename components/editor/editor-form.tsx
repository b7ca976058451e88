"use client";

import type { FieldValues, UseFormReturn } from "react-hook-form";
import { useMediaAlts } from "@/components/media/attached-media";
import { FormUploadsScope, useFormUploads, type FormUploads } from "@/components/media/form-uploads";
import { ComputedFigures, type ComputedFiguresProps } from "./computed-figures";
import { SaveBar, type SaveBarProps } from "./save-bar";
import type { SaveStatus } from "./save-status";
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
