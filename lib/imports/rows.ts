// One row of a recognised report, read with the column mapping the user sees: used by the
// server (parse and save) and by the wizard's live preview alike, so both read numbers the same way.
import { isMetricField, type ImportField, type MetricField } from "./fields";
import { excelSerialToIso, parseExportDate, withYear } from "./dates";
import { parseLocaleNumber } from "./numbers";
import type { MappedRow, RowOptions, RowProblem } from "./types";
import type { Grain } from "./formats/types";

const TOTAL_LABELS = new Set(["total", "totals", "grand total", "kopā", "summe", "gesamt", "total général", "итого"]);

/** YouTube's first "Total" row, GA4's "Grand total": summaries, not data. */
export function isTotalRow(cells: readonly string[]): boolean {
  const first = cells[0] === "" ? cells.find((cell) => cell.trim() !== "") : cells[0];
  return first !== undefined && first.length <= 16 && TOTAL_LABELS.has(first.trim().toLowerCase());
}

/** "28 August" etc. become a date once the year is known; null year leaves a "needsYear" problem. */
export function readDate(raw: string, year: number | null): { iso: string | null; problem: RowProblem["code"] | null; monthDay?: string } {
  const parsed = parseExportDate(raw);
  if (parsed.kind === "date") return { iso: parsed.iso, problem: null };
  if (parsed.kind === "empty") return { iso: null, problem: null };
  if (parsed.kind === "noYear") {
    const monthDay = `--${String(parsed.month).padStart(2, "0")}-${String(parsed.day).padStart(2, "0")}`;
    if (year === null) return { iso: null, problem: "needsYear", monthDay };
    const iso = withYear(parsed.month, parsed.day, year);
    return { iso, problem: iso ? null : "date", monthDay };
  }
  // Workbooks store dates as day numbers.
  if (/^\d{5}(\.\d+)?$/.test(raw.trim())) {
    const iso = excelSerialToIso(Number(raw));
    if (iso) return { iso, problem: null };
  }
  return { iso: null, problem: "date" };
}

export function mapRow(
  row: { line: number; cells: readonly string[] },
  headers: readonly string[],
  mapping: readonly ImportField[],
  grain: Grain,
  options: RowOptions,
  /** Collects what the numbers say about the decimal separator (the scan's preview uses it). */
  stats?: { ambiguous: number; point: number; comma: number },
): MappedRow {
  const mapped: MappedRow = { line: row.line, date: null, title: "", caption: "", link: "", postType: "", values: {}, problems: [] };
  mapping.forEach((field, index) => {
    const raw = row.cells[index] ?? "";
    const column = headers[index] ?? "";
    if (field === "ignore") return;
    if (field === "date") {
      const date = readDate(raw, options.year);
      mapped.date = date.iso;
      if (date.problem) mapped.problems.push({ code: date.problem, column });
      return;
    }
    if (field === "title" || field === "caption" || field === "link" || field === "postType") {
      // Kept as text, never evaluated (a caption may well start with "=" or "+").
      mapped[field] = raw.trim();
      return;
    }
    if (!isMetricField(field)) return;
    const number = parseLocaleNumber(raw, options.decimal);
    if (number.kind === "empty") return;
    if (stats && number.kind === "number") {
      if (number.ambiguous) stats.ambiguous++;
      if (number.evidence) stats[number.evidence]++;
    }
    if (number.kind === "invalid") return void mapped.problems.push({ code: "number", column });
    if (number.percent) return void mapped.problems.push({ code: "percent", column });
    if (number.value < 0) return void mapped.problems.push({ code: "negative", column });
    // Two columns on one field (X's reposts and shares) add up.
    mapped.values[field as MetricField] = (mapped.values[field as MetricField] ?? 0) + number.value;
  });
  if (grain === "day" && mapped.date === null && !mapped.problems.some((p) => p.code === "date" || p.code === "needsYear")) {
    mapped.problems.push({ code: "noDate" });
  }
  return mapped;
}
