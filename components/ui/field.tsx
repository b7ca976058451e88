// No "use client": a shared component, so server-rendered forms (the contact form) use it without shipping client code.
import { useId } from "react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

type FieldProps = {
  label: React.ReactNode;
  /** A key of the `validation` messages (zod schemas use keys as messages), or text from the server. */
  error?: string;
  hint?: React.ReactNode;
  className?: string;
  children: (control: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => React.ReactNode;
};

/** Label, control, hint and the field's error right beside it, wired for screen readers. */
export function Field({ label, error, hint, className, children }: FieldProps) {
  const ids = useFieldIds(hint, error);
  return (
    <div className={cn("grid content-start gap-1.5", className)}>
      <label htmlFor={ids.id} className="text-sm font-medium">
        {label}
      </label>
      {children(ids.control)}
      <FieldNotes ids={ids} hint={hint} error={error} />
    </div>
  );
}

type FieldIds = ReturnType<typeof useFieldIds>;

/** A field's control id and the ids of its hint and error, and the control's props that point at them. */
export function useFieldIds(hint: React.ReactNode, error: string | undefined) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return { id, hintId, errorId, control: { id, "aria-invalid": Boolean(error), "aria-describedby": describedBy } };
}

/** The hint and the error under a field's control, with the ids its aria-describedby names. */
export function FieldNotes({ ids, hint, error }: { ids: FieldIds; hint: React.ReactNode; error: string | undefined }) {
  return (
    <>
      {hint && (
        <p id={ids.hintId} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {error && <FieldError id={ids.errorId} message={error} />}
    </>
  );
}

export function FieldError({ id, message }: { id?: string; message: string }) {
  const t = useTranslations("validation");
  // Schema messages are keys; anything else is shown as given.
  const text = t.has(message as never) ? t(message as never) : message;
  return (
    <p id={id} className="text-sm text-danger">
      {text}
    </p>
  );
}
