"use client";

import { useLocale, useTranslations } from "next-intl";
import { importFields, type ImportField } from "@/lib/imports/fields";
import { computePostFigures } from "@/lib/metrics/formulas";
import type { MappedRow, RowProblem, TableSummary } from "@/lib/imports/types";

const SHOWN_ROWS = 20;

type PreviewTableProps = {
  table: TableSummary;
  mapping: ImportField[];
  rows: MappedRow[];
  onMappingChange: (column: number, field: ImportField) => void;
};

/** The first rows as the file has them, each column's mapping as a select, bad rows marked. */
export function PreviewTable({ table, mapping, rows, onMappingChange }: PreviewTableProps) {
  const t = useTranslations("imports");
  const percent = new Intl.NumberFormat(useLocale(), { style: "percent", maximumFractionDigits: 2 });
  const problemText = (problems: RowProblem[]) => problems.map((problem) => t(`rowProblems.${problem.code}`, { column: problem.column ?? "" })).join("; ");
  const shown = table.firstRows.slice(0, SHOWN_ROWS);
  const report = t(`reports.${table.formatId}` as "reports.x-content");
  return (
    <div className="grid gap-3">
      <div className="overflow-x-auto rounded-card border border-border">
        <table className="w-full text-left text-xs tabular">
          <caption className="p-2 text-left text-sm text-muted">{t("preview.caption", { report, shown: shown.length, total: table.rowCount })}</caption>
          <thead>
            <tr className="border-b border-border">
              <th scope="col" className="p-2 font-medium">
                {t("preview.line")}
              </th>
              {table.headers.map((header, column) => (
                <th key={column} scope="col" className="min-w-32 p-2 align-top font-medium">
                  <span className="block truncate" title={header}>
                    {header}
                  </span>
                  <label className="mt-1 block text-muted">
                    <span className="sr-only">
                      {t("preview.mapping")} ({header})
                    </span>
                    <select
                      className="mt-1 w-full rounded border border-border bg-bg p-1 text-xs"
                      value={mapping[column] ?? "ignore"}
                      onChange={(event) => onMappingChange(column, event.target.value as ImportField)}
                      aria-label={`${t("preview.mapping")}: ${header}`}
                    >
                      {importFields.map((field) => (
                        <option key={field} value={field}>
                          {t(`fields.${field}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                </th>
              ))}
              {table.grain === "post" && (
                <th scope="col" className="p-2 font-medium">
                  {t("preview.engagementRate")}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {shown.map((raw, index) => {
              const mapped = rows[index];
              const bad = (mapped?.problems.length ?? 0) > 0;
              const rate = mapped && table.grain === "post" ? computePostFigures(postNumbers(mapped)).find((f) => f.key === "engagementRate") : undefined;
              return (
                <tr key={raw.line} className={bad ? "border-b border-border bg-danger/10" : "border-b border-border last:border-0"}>
                  <th scope="row" className="p-2 font-normal text-muted">
                    {raw.line}
                    {bad && <span className="sr-only"> {problemText(mapped!.problems)}</span>}
                  </th>
                  {table.headers.map((_, column) => (
                    <td key={column} className={mapping[column] === "ignore" ? "max-w-48 truncate p-2 text-muted" : "max-w-48 truncate p-2"}>
                      {raw.cells[column] ?? ""}
                    </td>
                  ))}
                  {table.grain === "post" && <td className="p-2">{rate ? percent.format(rate.value) : "—"}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <BadRows table={table} rows={rows} problemText={problemText} />
    </div>
  );
}

function postNumbers(row: MappedRow) {
  const v = row.values;
  return {
    reach: v.reach,
    impressions: v.impressions,
    likes: v.likes,
    comments: v.comments,
    shares: v.shares,
    saves: v.saves,
    views: v.views,
    clicks: v.clicks,
  };
}

function BadRows({ table, rows, problemText }: { table: TableSummary; rows: MappedRow[]; problemText: (p: RowProblem[]) => string }) {
  const t = useTranslations("imports");
  // The shown rows are checked with the current mapping; the rest as the server read them.
  const shownLines = new Set(rows.map((row) => row.line));
  const list = [
    ...rows.filter((row) => row.problems.length > 0).map((row) => ({ line: row.line, problems: row.problems })),
    ...table.problems.filter((problem) => !shownLines.has(problem.line)),
  ];
  const more = Math.max(0, table.problemCount - table.problems.length);
  return (
    <div>
      <h4 className="text-sm font-semibold">{t("preview.badRows")}</h4>
      {list.length === 0 ? (
        <p className="text-sm text-muted">{t("preview.badRowsNone")}</p>
      ) : (
        <ul className="mt-1 grid gap-1 text-sm text-danger" data-testid="bad-rows">
          {list.map((item) => (
            <li key={item.line}>{t("lineProblem", { line: item.line, problems: problemText(item.problems) })}</li>
          ))}
          {more > 0 && <li>{t("preview.badRowsMore", { count: more })}</li>}
        </ul>
      )}
    </div>
  );
}
