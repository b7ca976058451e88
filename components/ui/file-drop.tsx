"use client";

import { FileUp, Upload } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { buttonSizes, buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { acceptedExtensions, refusalOf, sizeParts, type FileRefusal } from "./file-drop-rules";

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
  /** Refuse, beside the field, a file whose name and type match nothing in `accept` (a drop skips the picker's filter). */
  checkType?: boolean;
  /** Refuse, beside the field, a file larger than this many bytes (the server's own limit, so the upload is not sent in vain). */
  maxBytes?: number;
  /** Ids of errors shown outside the box (e.g. the server's refusal) that describe the field too. */
  describedBy?: string;
  /** Called when the box refuses a file itself: an earlier file's errors shown outside the box are stale now. */
  onRefuse?: () => void;
};

/**
 * A dashed box to drop one file on, or to pick it with the "Choose a file" button (the visually hidden file input's
 * second label, so the input stays the one focusable control, named by `label`). Shows the picked file's name and
 * size; says when it is reading the file; refuses a wrong type or a too-large file beside the field when asked to.
 */
export function FileDrop({ id, label, hint, accept, onFile, disabled, reading, checkType, maxBytes, describedBy, onRefuse }: FileDropProps) {
  const t = useTranslations("fileDrop");
  const format = useFormatter();
  const [dragging, setDragging] = useState(false);
  const [picked, setPicked] = useState<{ name: string; size: number } | null>(null);
  const [refused, setRefused] = useState<{ name: string; size: number; reason: FileRefusal } | null>(null);

  const sizeText = (bytes: number) => {
    const { value, unit } = sizeParts(bytes);
    // "18 bytes" in words (a short "18 byte" reads wrong); kB, MB and GB as everyone writes them.
    return format.number(value, { style: "unit", unit, unitDisplay: unit === "byte" ? "long" : "short", maximumFractionDigits: unit === "byte" ? 0 : 1 });
  };

  function take(file: File | undefined) {
    if (!file) return onFile(undefined);
    const reason = refusalOf(file, { accept, checkType, maxBytes });
    if (reason) {
      setPicked(null);
      setRefused({ name: file.name, size: file.size, reason });
      onRefuse?.();
      return;
    }
    setRefused(null);
    setPicked({ name: file.name, size: file.size });
    onFile(file);
  }

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const refusal =
    refused?.reason === "type"
      ? t("wrongType", { name: refused.name, types: format.list(acceptedExtensions(accept), { type: "disjunction" }) })
      : refused?.reason === "size"
        ? t("tooLarge", { name: refused.name, size: sizeText(refused.size), max: sizeText(maxBytes ?? 0) })
        : null;

  return (
    <div
      data-testid="file-drop"
      className={cn(
        "flex flex-col items-center gap-3 rounded-card border border-dashed px-4 py-6 text-center transition-colors",
        dragging ? "border-accent bg-accent-soft" : refusal ? "border-danger" : "border-border bg-surface/50",
      )}
      onDragEnter={(event) => {
        event.preventDefault();
        if (!disabled) setDragging(true);
      }}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = disabled ? "none" : "copy";
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        // While a file is being read, a second one would race the first.
        if (!disabled) take(event.dataTransfer.files[0]);
      }}
    >
      <span aria-hidden className="grid size-10 place-items-center rounded-full bg-bg text-muted shadow-sm ring-1 ring-border">
        <FileUp className="size-5" />
      </span>
      <div className="grid max-w-prose gap-1">
        <label id={`${id}-label`} htmlFor={id} className="font-medium">
          {label}
        </label>
        <p id={hintId} className="text-sm text-muted">
          {dragging ? t("dropHere") : hint}
        </p>
      </div>
      <input
        id={id}
        type="file"
        accept={accept}
        className="peer sr-only"
        aria-labelledby={`${id}-label`}
        aria-describedby={[hintId, refusal ? errorId : "", describedBy ?? ""].filter(Boolean).join(" ")}
        aria-invalid={refusal ? true : undefined}
        disabled={disabled}
        onChange={(event) => {
          take(event.target.files?.[0]);
          // The same file can be picked again (after a refusal, or to read it anew).
          event.target.value = "";
        }}
      />
      {/* The input's second label, drawn as a button: a click opens the picker, the focus ring follows the input. */}
      <label
        htmlFor={id}
        aria-hidden
        className={cn(
          "inline-flex cursor-pointer items-center justify-center gap-2 rounded-lg font-medium transition-colors",
          buttonVariants.secondary,
          buttonSizes.sm,
          "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent peer-disabled:cursor-not-allowed peer-disabled:opacity-60",
        )}
      >
        <Upload aria-hidden className="size-4" />
        {t("choose")}
      </label>
      {picked && !refusal && (
        <p className="max-w-full text-sm break-words" data-testid="file-drop-picked">
          {t("picked", { name: picked.name, size: sizeText(picked.size) })}
        </p>
      )}
      {refusal && (
        <p id={errorId} role="alert" className="max-w-prose text-sm font-medium break-words text-danger">
          {refusal}
        </p>
      )}
      {reading && (
        <p role="status" className="text-sm">
          {reading}
        </p>
      )}
    </div>
  );
}

/** What went wrong with a file or a step: a titled alert box with one line per error; nothing when there is none. */
export function ErrorList({ title, errors, testId, id }: { title: string; errors: string[]; testId?: string; id?: string }) {
  if (errors.length === 0) return null;
  return (
    <div id={id} className="rounded-card border border-danger p-4 text-sm" role="alert" data-testid={testId}>
      <p className="font-semibold">{title}</p>
      <ul className="mt-1 list-disc pl-5">
        {errors.map((error, index) => (
          <li key={index}>{error}</li>
        ))}
      </ul>
    </div>
  );
}
