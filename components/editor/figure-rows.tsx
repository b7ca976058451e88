"use client";

import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { metricKindValues, metricSourceValues } from "@/lib/metrics/schema";
import type { MetricKindName } from "@/lib/metrics/formulas";
import { SelectField } from "./select-field";

/** A new figure row as the forms add it: the kind suggested for its place, everything else empty. */
export function newFigureRow(kind: MetricKindName) {
  return { kind, customName: "", value: "", baseline: "", periodStart: "", periodEnd: "", source: "SELF_REPORTED" as const };
}

type FigureRowsProps = {
  count: number;
  /** Shown instead of the list while it is empty. */
  empty: string;
  error?: string;
  addLabel: string;
  onAdd: () => void;
  children: React.ReactNode;
};

/** A form's list of figure rows (metrics, key results): the rows, the list's error and "add a figure". */
export function FigureRows({ count, empty, error, addLabel, onAdd, children }: FigureRowsProps) {
  return (
    <>
      {count === 0 ? <p className="rounded-lg bg-surface p-4 text-sm text-muted">{empty}</p> : <ol className="grid gap-3">{children}</ol>}
      {error && <FieldError message={error} />}
      <div>
        <Button type="button" variant="secondary" onClick={onAdd}>
          <Plus aria-hidden className="size-4" />
          {addLabel}
        </Button>
      </div>
    </>
  );
}

export type FigurePieceName = "kind" | "customName" | "source" | "value" | "baseline" | "periodStart" | "periodEnd";
type FigureLabel = FigurePieceName | "valueHint" | "baselineHint" | "customNamePlaceholder";

type FigurePieceProps = {
  name: FigurePieceName;
  /** The row's labels, from its own messages (a metric's, a key result's). */
  label: (key: FigureLabel) => string;
  registration: UseFormRegisterReturn;
  error?: string;
};

/** One field of a figure row, the same in every room: the kind and source pickers, the numbers, the period. */
export function FigurePiece({ name, label, registration, error }: FigurePieceProps) {
  const tm = useTranslations("metrics");
  const hint = name === "value" ? label("valueHint") : name === "baseline" ? label("baselineHint") : undefined;
  // The two pickers: which figure, and where it came from.
  const choices =
    name === "kind"
      ? metricKindValues.map((value) => ({ value, label: tm(`kinds.${value}`) }))
      : name === "source"
        ? metricSourceValues.map((value) => ({ value, label: tm(`sources.${value}`) }))
        : null;
  if (choices) return <SelectField label={label(name)} hint={hint} error={error} registration={registration} options={choices} />;
  return (
    <Field label={label(name)} hint={hint} error={error}>
      {(c) =>
        name === "customName" ? (
          <Input {...c} placeholder={label("customNamePlaceholder")} {...registration} />
        ) : name === "periodStart" || name === "periodEnd" ? (
          <Input {...c} type="date" {...registration} />
        ) : (
          <Input {...c} inputMode="decimal" autoComplete="off" className="tabular" {...registration} />
        )
      }
    </Field>
  );
}

type FigureRowProps = {
  testId: string;
  heading: string;
  removeLabel: string;
  onRemove: () => void;
  label: FigurePieceProps["label"];
  /** The fields in the order shown; "spacer" keeps a grid cell empty. */
  layout: readonly (FigurePieceName | "spacer")[];
  registration: (name: FigurePieceName) => UseFormRegisterReturn;
  error: (name: FigurePieceName) => string | undefined;
  /** What follows the fields (a metric's period, evidence and series). */
  children?: React.ReactNode;
};

/** One figure row: its heading and remove button, then its fields in two columns. */
export function FigureRow({ testId, heading, removeLabel, onRemove, label, layout, registration, error, children }: FigureRowProps) {
  return (
    <li className="rounded-lg border border-border p-3 sm:p-4" data-testid={testId}>
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-sm font-medium">{heading}</h3>
        <Button type="button" variant="ghost" size="sm" onClick={onRemove} aria-label={removeLabel}>
          <Trash2 aria-hidden className="size-4" />
          <span className="hidden sm:inline">{removeLabel}</span>
        </Button>
      </div>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        {layout.map((name, index) =>
          name === "spacer" ? (
            <div key={`spacer-${index}`} className="hidden sm:block" />
          ) : (
            <FigurePiece key={name} name={name} label={label} registration={registration(name)} error={error(name)} />
          ),
        )}
      </div>
      {children}
    </li>
  );
}
