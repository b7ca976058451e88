"use client";

type FileDropProps = {
  /** The file input's id (its label points at it). */
  id: string;
  label: string;
  hint: string;
  /** The file input's `accept` list. */
  accept: string;
  /** The file dropped on the box or picked in the input (undefined when the pick was cancelled). */
  onFile: (file: File | undefined) => void;
  disabled?: boolean;
  /** While the chosen file is read: what the box says about it (a status line under the input). */
  reading?: string;
};

/** A dashed box to drop one file on, or to pick it with the file input inside; says when it is reading the file. */
export function FileDrop({ id, label, hint, accept, onFile, disabled, reading }: FileDropProps) {
  return (
    <div
      className="grid gap-2 rounded-card border border-dashed border-border p-6"
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        onFile(event.dataTransfer.files[0]);
      }}
    >
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <p className="text-sm text-muted">{hint}</p>
      <input id={id} type="file" accept={accept} className="text-sm" onChange={(event) => onFile(event.target.files?.[0])} disabled={disabled} />
      {reading && (
        <p role="status" className="text-sm">
          {reading}
        </p>
      )}
    </div>
  );
}

/** What went wrong with a file or a step: a titled alert box with one line per error; nothing when there is none. */
export function ErrorList({ title, errors, testId }: { title: string; errors: string[]; testId?: string }) {
  if (errors.length === 0) return null;
  return (
    <div className="rounded-card border border-danger p-4 text-sm" role="alert" data-testid={testId}>
      <p className="font-semibold">{title}</p>
      <ul className="mt-1 list-disc pl-5">
        {errors.map((error, index) => (
          <li key={index}>{error}</li>
        ))}
      </ul>
    </div>
  );
}
