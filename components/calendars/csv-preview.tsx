"use client";

import { useTranslations } from "next-intl";
import type { CsvIssue, CsvParseResult } from "@/lib/calendars/csv";
import { cn } from "@/lib/utils";

type CsvPreviewProps = {
  id: string;
  result: CsvParseResult;
  problemCount: number;
  describe: (issue: CsvIssue) => string;
};

/** Every parsed row with its problems, under a summary of what would be imported. */
export function CsvPreview({ id, result, problemCount, describe }: CsvPreviewProps) {
  const t = useTranslations("calendars.import");
  // The file's own column names (the CSV format), then ours.
  const columns = [t("row"), "date", "platform", "format", "caption", "status", t("problems")];
  return (
    <section aria-labelledby={id} className="grid gap-3">
      <div>
        <h3 id={id} className="font-semibold">
          {t("preview")}
        </h3>
        <p className="text-xs text-muted">{t("previewLead")}</p>
      </div>
      <div role="status" className={cn("rounded-lg p-3 text-sm", result.ok ? "bg-accent-soft text-fg" : "border border-danger/40 text-danger")}>
        <p className="font-medium">{t("summary", { rows: result.rows.length, errors: problemCount })}</p>
        <p className="mt-0.5">{result.ok ? t("ready", { count: result.rows.length }) : t("fixFirst")}</p>
        {result.fileIssues.length > 0 && (
          <ul className="mt-2 list-disc pl-5">
            {result.fileIssues.map((issue, index) => (
              <li key={index}>{describe(issue)}</li>
            ))}
          </ul>
        )}
      </div>
      {result.rows.length > 0 && (
        <div className="max-h-80 overflow-auto rounded-lg border border-border">
          <table className="w-full min-w-[40rem] border-collapse text-xs">
            <thead className="sticky top-0 bg-surface text-left text-muted">
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col" className="px-2 py-1.5 font-medium">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.rows.map((row) => (
                <tr key={row.row} className={cn("border-t border-border align-top", row.issues.length > 0 && "bg-danger/5")}>
                  <td className="px-2 py-1.5 tabular">{row.row}</td>
                  <td className="px-2 py-1.5 whitespace-nowrap">{row.cells.date}</td>
                  <td className="px-2 py-1.5">{row.cells.platform}</td>
                  <td className="px-2 py-1.5">{row.cells.format}</td>
                  <td className="max-w-60 px-2 py-1.5">
                    <span className="line-clamp-2 whitespace-pre-line">{row.cells.caption}</span>
                  </td>
                  <td className="px-2 py-1.5">{row.cells.status}</td>
                  <td className="px-2 py-1.5">
                    {row.issues.length === 0 ? (
                      <span className="text-success">{t("ok")}</span>
                    ) : (
                      <ul className="grid gap-0.5 text-danger">
                        {row.issues.map((issue, index) => (
                          <li key={index}>{describe(issue)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
