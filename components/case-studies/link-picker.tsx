"use client";

import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import type { LinkedItem } from "@/lib/case-studies/types";
import { cn } from "@/lib/utils";

type LinkPickerProps = {
  legend: string;
  empty: string;
  /** Where to add one when there is nothing to pick. */
  addHref: string;
  addLabel: string;
  options: (LinkedItem & { detail?: string })[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
};

/** A multi-select of the owner's items as a checkbox list (keyboard and screen readers work as usual). */
export function LinkPicker({ legend, empty, addHref, addLabel, options, value, onChange, error }: LinkPickerProps) {
  const t = useTranslations("caseStudies.links");
  const toggle = (id: string, checked: boolean) => {
    const next = checked ? [...value, id] : value.filter((item) => item !== id);
    // Keep the owner's list order, whatever the click order.
    onChange(options.map((option) => option.id).filter((optionId) => next.includes(optionId)));
  };
  return (
    <fieldset className="grid gap-2">
      <legend className="flex w-full items-baseline justify-between gap-2 text-sm font-medium">
        <span>{legend}</span>
        <span className="text-xs font-normal text-muted">{t("selected", { count: value.length })}</span>
      </legend>
      {options.length === 0 ? (
        <p className="text-sm text-muted">
          {empty}{" "}
          <a href={addHref} className="font-medium text-accent underline-offset-2 hover:underline">
            {addLabel}
          </a>
        </p>
      ) : (
        <ul className="grid max-h-64 gap-1 overflow-y-auto rounded-lg border border-border p-1">
          {options.map((option) => {
            const checked = value.includes(option.id);
            return (
              <li key={option.id}>
                <label
                  className={cn(
                    "flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent",
                    checked ? "bg-accent-soft" : "hover:bg-surface",
                  )}
                >
                  <input type="checkbox" className="sr-only" checked={checked} onChange={(event) => toggle(option.id, event.target.checked)} />
                  <span
                    aria-hidden
                    className={cn(
                      "grid size-4 shrink-0 place-items-center rounded border",
                      checked ? "border-accent bg-accent text-accent-fg" : "border-border",
                    )}
                  >
                    {checked && <Check className="size-3" />}
                  </span>
                  <span className="min-w-0 flex-1 truncate">{option.title}</span>
                  {option.detail && <span className="shrink-0 text-xs text-muted">{option.detail}</span>}
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {error && <p className="text-sm text-danger">{error}</p>}
    </fieldset>
  );
}
