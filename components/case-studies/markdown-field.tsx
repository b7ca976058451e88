"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Markdown } from "@/components/markdown/markdown";
import { FieldNotes, useFieldIds } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { cn } from "@/lib/utils";

type MarkdownFieldProps = React.ComponentProps<"textarea"> & {
  label: string;
  hint?: string;
  error?: string;
  /** The current text, for the preview. */
  value: string;
};

/** A Markdown textarea with a Write / Preview switch; the preview uses the public page's renderer. */
export function MarkdownField({ label, hint, error, value, className, ...textarea }: MarkdownFieldProps) {
  const t = useTranslations("caseStudies.fields");
  const ids = useFieldIds(hint, error);
  const [preview, setPreview] = useState(false);
  const tab = (active: boolean) =>
    cn("rounded-md px-2 py-1 text-xs font-medium", active ? "bg-surface text-fg ring-1 ring-border" : "text-muted hover:text-fg");
  return (
    <div className={cn("grid gap-1.5", className)}>
      <div className="flex items-end justify-between gap-2">
        <label htmlFor={ids.id} className="text-sm font-medium">
          {label}
        </label>
        <div className="flex gap-1" role="group" aria-label={t("mode", { field: label })}>
          <button type="button" className={tab(!preview)} aria-pressed={!preview} onClick={() => setPreview(false)}>
            {t("write")}
          </button>
          <button type="button" className={tab(preview)} aria-pressed={preview} onClick={() => setPreview(true)}>
            {t("preview")}
          </button>
        </div>
      </div>
      <Textarea {...ids.control} rows={5} className={preview ? "hidden" : undefined} {...textarea} />
      {preview && (
        <div className="min-h-24 rounded-lg border border-border px-3 py-2">
          {value.trim() ? <Markdown source={value} /> : <p className="text-sm text-muted">{t("previewEmpty")}</p>}
        </div>
      )}
      <FieldNotes ids={ids} hint={hint} error={error} />
    </div>
  );
}
