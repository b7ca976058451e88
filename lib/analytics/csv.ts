import Papa from "papaparse";

// Spreadsheet apps run cells that start with these as formulas (CSV injection).
// Papaparse's own `escapeFormulae: true` misses multi-line cells, so the pattern is ours.
const formulaStart = /^[=+\-@\t\r]/;

export type CsvCell = string | number | null | undefined;

/**
 * RFC 4180 CSV: cells with commas, quotes or line breaks are quoted, quotes
 * doubled, and text cells that a spreadsheet would run as a formula get a
 * leading apostrophe. Lines end with CRLF; numbers are written as numbers.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return Papa.unparse(
    { fields: [...header], data: rows.map((row) => row.map((cell) => cell ?? "")) },
    { escapeFormulae: formulaStart, newline: "\r\n", quotes: false },
  );
}
