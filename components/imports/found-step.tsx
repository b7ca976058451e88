"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ImportPreview, TableSummary } from "@/lib/imports/types";
import { choiceClass, ChoiceSelect } from "./choice-select";
import { PreviewTable } from "./preview-table";
import type { ImportWizardState } from "./use-import-wizard";

/** Step 2: what we recognised in the file, how to read its numbers and dates, and each table's mapping. */
export function FoundStep({ id, wizard, preview }: { id: string; wizard: ImportWizardState; preview: ImportPreview }) {
  const t = useTranslations("imports");
  const { decimal, setDecimal, year, setYear, yearNumber, mappings, setMapping, mappedRows } = wizard;
  return (
    <>
      <section className="grid gap-2" aria-labelledby={`${id}-found`}>
        <h2 id={`${id}-found`} className="text-lg font-semibold">
          {t("found.title")}
        </h2>
        <ul className="grid gap-1 text-sm" data-testid="found">
          {preview.tables.map((table) => (
            <FoundLine key={table.index} table={table} year={yearNumber} />
          ))}
        </ul>
        {preview.skipped.length > 0 && <p className="text-sm text-muted">{t("found.skipped", { names: preview.skipped.join(", ") })}</p>}
        <div className="flex flex-wrap gap-4">
          {preview.tables.some((table) => table.ambiguousNumbers > 0) && (
            <ChoiceSelect
              label={t("found.decimal")}
              value={decimal}
              onChange={(value) => setDecimal(value as "point" | "comma")}
              options={[
                { value: "point", label: t("found.decimalPoint") },
                { value: "comma", label: t("found.decimalComma") },
              ]}
              hint={t("found.ambiguous", { count: preview.tables.reduce((sum, table) => sum + table.ambiguousNumbers, 0) })}
            />
          )}
          {preview.tables.some((table) => table.needsYear) && (
            <label className="text-sm">
              {t("found.year")}
              <input className={choiceClass} inputMode="numeric" maxLength={4} value={year} onChange={(event) => setYear(event.target.value.trim())} />
              <span className="mt-1 block text-xs text-muted">{t("found.yearHint")}</span>
            </label>
          )}
        </div>
      </section>

      {preview.tables.map((table) => (
        <PreviewTable
          key={table.index}
          table={table}
          mapping={mappings[table.index] ?? table.mapping}
          rows={mappedRows.get(table.index) ?? []}
          onMappingChange={(column, field) => setMapping(table.index, table.mapping, column, field)}
        />
      ))}
    </>
  );
}

function FoundLine({ table, year }: { table: TableSummary; year: number | null }) {
  const t = useTranslations("imports");
  const report = t(`reports.${table.formatId}` as "reports.x-content");
  const locale = useLocale();
  const date = (value: string) => {
    const iso = value.startsWith("--") ? (year ? `${year}${value.slice(1)}` : null) : value;
    if (!iso) return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`2024${value.slice(1)}T00:00:00Z`));
    return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  };
  return (
    <li>
      <strong>{t("found.table", { report, rows: table.rowCount })}</strong>
      {table.dateRange && <>, {t("found.range", { from: date(table.dateRange.from), to: date(table.dateRange.to) })}</>}
      {table.source && <span className="text-muted"> ({table.source})</span>}
      {table.totalRows > 0 && <span className="block text-xs text-muted">{t("found.totals", { count: table.totalRows })}</span>}
    </li>
  );
}
