"use client";

import { useDeferredValue, useId, useRef, useState } from "react";
import { Eye, Heading2, PencilLine, Table } from "lucide-react";
import { useTranslations } from "next-intl";
import { Markdown } from "@/components/markdown/markdown";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { insertKpiTable } from "./insert-kpi-table";
import { cn } from "@/lib/utils";

type MarkdownEditorProps = {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  max: number;
  /** From Field: id, aria-invalid, aria-describedby of the textarea. */
  control: { id: string; "aria-invalid": boolean; "aria-describedby"?: string };
  placeholder?: string;
};

/**
 * Markdown source beside its live, sanitized preview on wide screens; "Write /
 * Preview" tabs on phones. The preview is the same renderer as the public page.
 */
/** The two panes, as tabs on narrow screens. */
const tabs = [
  { name: "write", icon: PencilLine },
  { name: "preview", icon: Eye },
] as const;

export function MarkdownEditor({ value, onChange, onBlur, max, control, placeholder }: MarkdownEditorProps) {
  const t = useTranslations("documents.editor");
  const [tab, setTab] = useState<"write" | "preview">("write");
  const preview = useDeferredValue(value);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const baseId = useId();

  const insert = (snippet: string) => {
    const element = textarea.current;
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? value.length;
    const before = value.slice(0, start);
    // Block snippets start on their own line, after a blank one.
    const prefix = before === "" || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
    const next = `${before}${prefix}${snippet}${value.slice(end)}`;
    onChange(next);
    requestAnimationFrame(() => {
      const caret = before.length + prefix.length + snippet.length;
      element?.focus();
      element?.setSelectionRange(caret, caret);
    });
  };

  const tabClass = (active: boolean) =>
    cn(
      "inline-flex h-9 flex-1 items-center justify-center gap-1.5 rounded-md text-sm font-medium",
      active ? "bg-bg shadow-sm ring-1 ring-border" : "text-muted",
    );

  return (
    <div className="grid gap-3">
      <div role="tablist" aria-label={t("write")} className="flex gap-1 rounded-lg bg-surface p-1 lg:hidden">
        {tabs.map(({ name, icon: TabIcon }) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`${baseId}-${name}-tab`}
            aria-controls={`${baseId}-${name}`}
            aria-selected={tab === name}
            className={tabClass(tab === name)}
            onClick={() => setTab(name)}
          >
            <TabIcon aria-hidden className="size-4" />
            {t(name)}
          </button>
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div id={`${baseId}-write`} className={cn("grid content-start gap-2", tab !== "write" && "hidden lg:grid")}>
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="secondary" size="sm" onClick={() => insert(t("headingTemplate"))}>
              <Heading2 aria-hidden className="size-4" />
              {t("insertHeading")}
            </Button>
            <Button type="button" variant="secondary" size="sm" onClick={() => void insertKpiTable(insert, t("tableTemplate"))}>
              <Table aria-hidden className="size-4" />
              {t("insertTable")}
            </Button>
          </div>
          <Textarea
            {...control}
            ref={textarea}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            onBlur={onBlur}
            rows={18}
            maxLength={max}
            spellCheck
            placeholder={placeholder}
            className="min-h-72 font-mono text-[13px] leading-relaxed"
          />
          <p className="flex flex-wrap justify-between gap-2 text-xs text-muted">
            <span>{t("cheatSheet")}</span>
            <span className="tabular">{t("characters", { count: value.length, max })}</span>
          </p>
        </div>
        <section
          id={`${baseId}-preview`}
          aria-label={t("previewHeading")}
          className={cn("min-h-72 min-w-0 rounded-lg border border-border bg-bg p-4", tab !== "preview" && "hidden lg:block")}
        >
          <h3 className="mb-3 text-xs font-medium tracking-wide text-muted uppercase">{t("previewHeading")}</h3>
          {preview.trim() ? <Markdown source={preview} /> : <p className="text-sm text-muted">{t("previewEmpty")}</p>}
        </section>
      </div>
    </div>
  );
}
