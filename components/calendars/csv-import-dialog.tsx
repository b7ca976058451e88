"use client";

import { useDeferredValue, useId, useState, useTransition } from "react";
import { Download, FileUp } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useFailureToast } from "@/components/editor/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogCancel, DialogContent, DialogDescription, DialogHeader, DialogTrigger } from "@/components/ui/dialog";
import { Textarea } from "@/components/ui/input";
import { importEntriesAction } from "@/lib/calendars/actions";
import { badRowNumbers, decodeCsvBytes, exampleCsv, parseCalendarCsv, type CsvIssue } from "@/lib/calendars/csv";
import { CSV_MAX_BYTES } from "@/lib/calendars/schema";
import type { EntryView } from "@/lib/calendars/types";
import { callAction } from "@/components/ui/call-action";
import { CsvPreview } from "./csv-preview";

type CsvImportDialogProps = {
  calendarId: string;
  period: { start: string; end: string };
  onImported: (entries: EntryView[]) => void;
};

/** Load or paste a CSV, see every row with its problems, then import all rows or none. */
export function CsvImportDialog({ calendarId, period, onImported }: CsvImportDialogProps) {
  const t = useTranslations("calendars.import");
  const tEditor = useTranslations("editor");
  const tCalendars = useTranslations("calendars");
  const failed = useFailureToast();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [readError, setReadError] = useState(false);
  const [importing, startImport] = useTransition();
  const fileId = useId();
  const deferred = useDeferredValue(text);
  const result = deferred.trim() ? parseCalendarCsv(deferred, period) : null;
  const problemCount = result ? result.fileIssues.length + result.rows.reduce((sum, row) => sum + row.issues.length, 0) : 0;
  const badRows = result ? badRowNumbers(result) : [];
  const goodCount = result ? result.rows.length - badRows.length : 0;
  const canSkip = Boolean(result && !result.ok && result.fileIssues.length === 0 && badRows.length > 0 && goodCount > 0);
  // Why "Import" is disabled, said beside it (never a silently greyed-out button).
  const blocked =
    !result || result.ok
      ? null
      : result.fileIssues.length > 0
        ? t("blockedFile")
        : goodCount === 0
          ? t("blockedAll")
          : t("blockedRows", { count: badRows.length });
  const describe = (issue: CsvIssue) => t(`issues.${issue.code}`, { row: String(issue.row ?? ""), value: issue.value ?? "" });

  const reset = () => {
    setText("");
    setReadError(false);
  };

  const loadFile = async (file: File | undefined) => {
    setReadError(false);
    if (!file) return;
    if (file.size > CSV_MAX_BYTES) {
      setText("");
      setReadError(true);
      toast.error(t("issues.tooLarge"));
      return;
    }
    try {
      setText(decodeCsvBytes(new Uint8Array(await file.arrayBuffer())));
    } catch {
      setReadError(true);
    }
  };

  const downloadExample = () => {
    const blob = new Blob([exampleCsv(period.start.slice(0, 7))], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = "calendar-example.csv";
    link.click();
    URL.revokeObjectURL(url);
  };

  const submit = (skipRows: number[] = []) =>
    startImport(async () => {
      const response = await callAction(importEntriesAction, { calendarId, csv: text, skipRows });
      if (response.ok) {
        toast.success(t("done", { count: response.data.imported }));
        onImported(response.data.entries);
        reset();
        setOpen(false);
      } else failed(t("failed"), response);
    });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) reset();
      }}
    >
      <DialogTrigger asChild>
        <Button type="button" variant="secondary">
          <FileUp aria-hidden className="size-4" />
          {t("open")}
        </Button>
      </DialogTrigger>
      <DialogContent size="xl" className="grid gap-4">
        <DialogHeader title={t("title")} closeLabel={tCalendars("close")} />
        <DialogDescription className="mt-0">{t("lead")}</DialogDescription>
        <p className="text-sm text-muted">{t("formats")}</p>
        <div>
          <Button type="button" variant="ghost" size="sm" onClick={downloadExample}>
            <Download aria-hidden className="size-4" />
            {t("example")}
          </Button>
        </div>

        <div className="grid gap-3 sm:grid-cols-2">
          <div className="grid content-start gap-1.5">
            <label htmlFor={fileId} className="text-sm font-medium">
              {t("file")}
            </label>
            <input
              id={fileId}
              type="file"
              accept=".csv,text/csv,text/plain"
              onChange={(event) => void loadFile(event.target.files?.[0])}
              className="text-sm file:mr-3 file:rounded-lg file:border file:border-border file:bg-bg file:px-3 file:py-1.5 file:text-sm file:font-medium"
            />
            {readError && <p className="text-sm text-danger">{t("readFailed")}</p>}
          </div>
          <div className="grid gap-1.5">
            <label htmlFor={`${fileId}-text`} className="text-sm font-medium">
              {t("paste")}
            </label>
            <Textarea
              id={`${fileId}-text`}
              value={text}
              onChange={(event) => setText(event.target.value)}
              rows={5}
              spellCheck={false}
              className="font-mono text-xs"
            />
          </div>
        </div>

        {result && <CsvPreview id={`${fileId}-preview`} result={result} problemCount={problemCount} describe={describe} />}

        <div className="grid gap-3 border-t border-border pt-4">
          {blocked && (
            <p id={`${fileId}-blocked`} className="text-sm text-danger" data-testid="import-blocked">
              {blocked}
            </p>
          )}
          <div className="flex flex-wrap justify-end gap-2">
            <DialogCancel label={tEditor("common.cancel")} />
            {canSkip && (
              <Button type="button" variant="secondary" disabled={text !== deferred} pending={importing} onClick={() => submit(badRows)}>
                {t("skip", { count: badRows.length, good: goodCount })}
              </Button>
            )}
            <Button
              type="button"
              disabled={!result?.ok || text !== deferred}
              aria-describedby={blocked ? `${fileId}-blocked` : undefined}
              pending={importing}
              onClick={() => submit()}
            >
              {t("submit", { count: result?.rows.length ?? 0 })}
            </Button>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
