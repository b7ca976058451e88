// File → recognised reports. Reads CSV text as a stream (decoder → CsvReader → scanner), ZIP
// entries as they inflate, workbook sheets row by row; keeps the first rows, counts and ranges,
// never the whole table, unless a caller asks for the rows (the save, `onRow`).
import { CsvReader } from "./csv";
import { parseExportDate } from "./dates";
import { StreamingDecoder } from "./decode";
import { ImportFileError } from "./errors";
import { defaultMapping, matchHeaders, normalizeHeader } from "./formats";
import { MAX_FILE_BYTES, MAX_ROWS as ROW_LIMIT, PREVIEW_PROBLEMS as PROBLEM_LIMIT, PREVIEW_ROWS as PREVIEW_LIMIT } from "./limits";
import { isTotalRow, mapRow } from "./rows";
import type { ImportPreview, RawRow, TableSummary } from "./types";
import { isWorkbookPart, readWorkbookParts, readXlsx, type Sheet, type WorkbookParts } from "./xlsx";
import { collectEntry, isZip, readZip } from "./zip";

export type ScanHooks = {
  /** Every data row of every recognised table, in file order. */
  onRow?: (table: TableSummary, row: RawRow) => void;
};

// Local copies for the per-row path (imported bindings can be getters).
const MAX_ROWS = ROW_LIMIT;
const PREVIEW_ROWS = PREVIEW_LIMIT;
const PREVIEW_PROBLEMS = PROBLEM_LIMIT;

/** Lines before the header we look through (preambles: GA4's `#` block, Meta's sep/metric lines, LinkedIn's note). */
const MAX_PREAMBLE = 30;
const CHUNK = 1024 * 1024;

type Context = { tables: TableSummary[]; skipped: string[]; hooks: ScanHooks };

class TableScanner {
  private preamble: string[][] = [];
  private table: TableSummary | null = null;
  private gaStart: string | null = null;
  private gaEnd: string | null = null;
  private stats = { ambiguous: 0, point: 0, comma: 0 };
  private done = false;

  constructor(
    private readonly source: string,
    private readonly context: Context,
  ) {}

  /** False once the source turned out not to be a report we know (stop reading it). */
  record(cells: string[], line: number): boolean {
    if (this.done) return false;
    if (!this.table) return this.seek(cells, line);
    const table = this.table;
    if (isTotalRow(cells)) {
      table.totalRows++;
      return true;
    }
    table.rowCount++;
    if (table.rowCount > MAX_ROWS) throw new ImportFileError("tooManyRows", { max: MAX_ROWS });
    const raw = { line, cells };
    if (table.firstRows.length < PREVIEW_ROWS) table.firstRows.push(raw);
    this.context.hooks.onRow?.(table, raw);
    const mapped = mapRow(raw, table.headers, table.mapping, table.grain, { decimal: "point", year: null }, this.stats);
    const realProblems = mapped.problems.length === 0 ? mapped.problems : mapped.problems.filter((problem) => problem.code !== "needsYear");
    if (realProblems.length < mapped.problems.length) table.needsYear = true;
    if (realProblems.length > 0) {
      table.problemCount++;
      if (table.problems.length < PREVIEW_PROBLEMS) table.problems.push({ line, problems: realProblems });
    }
    const dateIndex = table.mapping.indexOf("date");
    const key = mapped.date ?? (dateIndex >= 0 ? yearlessKey(cells[dateIndex] ?? "") : null);
    if (key) {
      if (!table.dateRange) table.dateRange = { from: key, to: key };
      else {
        if (key < table.dateRange.from) table.dateRange.from = key;
        if (key > table.dateRange.to) table.dateRange.to = key;
      }
    }
    return true;
  }

  end(): void {
    if (this.table) {
      this.table.ambiguousNumbers = this.stats.ambiguous;
      this.table.decimalVotes = { point: this.stats.point, comma: this.stats.comma };
    } else if (!this.done) this.context.skipped.push(this.source);
  }

  private seek(cells: string[], line: number): boolean {
    const first = (cells[0] ?? "").trim();
    if (first.startsWith("#")) {
      const date = /start date:\s*(\d{8})|end date:\s*(\d{8})/i.exec(cells.join(","));
      const iso = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
      if (date?.[1]) this.gaStart = iso(date[1]);
      if (date?.[2]) this.gaEnd = iso(date[2]);
      return true;
    }
    const match = matchHeaders(cells);
    if (!match) {
      this.preamble.push(cells);
      if (this.preamble.length > MAX_PREAMBLE) {
        this.done = true;
        this.context.skipped.push(this.source);
        return false;
      }
      return true;
    }
    const { spec } = match;
    const nameLine = spec.metricNameLine ? this.preamble.findLast((row) => row.filter((cell) => cell.trim() !== "").length === 1) : undefined;
    const metricName = nameLine ? nameLine.find((cell) => cell.trim() !== "")!.trim() : null;
    const headers = cells.map((cell) => cell.replace(/^\uFEFF/, "").trim());
    this.table = {
      index: this.context.tables.length,
      source: this.source,
      formatId: spec.id,
      platform: spec.id === "meta-page-metric" && /instagram/i.test(metricName ?? "") ? "INSTAGRAM" : spec.platform,
      grain: spec.grain,
      metricName,
      headers,
      mapping: defaultMapping(spec, headers, metricName ?? undefined),
      headerLine: line,
      rowCount: 0,
      totalRows: 0,
      firstRows: [],
      dateRange: null,
      needsYear: false,
      ambiguousNumbers: 0,
      decimalVotes: { point: 0, comma: 0 },
      problemCount: 0,
      problems: [],
      reportRange: this.gaStart && this.gaEnd ? { from: this.gaStart, to: this.gaEnd } : null,
    };
    this.context.tables.push(this.table);
    return true;
  }
}

/** "--08-28" for "28 August": sorts like ISO dates within one year. */
function yearlessKey(raw: string): string | null {
  const parsed = parseExportDate(raw);
  if (parsed.kind !== "noYear") return null;
  return `--${String(parsed.month).padStart(2, "0")}-${String(parsed.day).padStart(2, "0")}`;
}

/** A text sink: bytes in, records into a scanner. */
function csvSink(source: string, context: Context): { data(chunk: Uint8Array): void; end(): void; encoding(): string | null; delimiter(): string } {
  const decoder = new StreamingDecoder();
  const scanner = new TableScanner(source, context);
  const reader = new CsvReader(({ cells, line }) => scanner.record(cells, line));
  return {
    data(chunk) {
      if (reader.isStopped) return;
      reader.push(decoder.write(chunk));
    },
    end() {
      if (!reader.isStopped) {
        reader.push(decoder.end());
        reader.end();
      }
      scanner.end();
    },
    encoding: () => decoder.encoding,
    delimiter: () => reader.delimiter,
  };
}

function scanSheets(sheets: Sheet[], prefix: string, context: Context): void {
  for (const sheet of sheets) {
    const scanner = new TableScanner(prefix + sheet.name, context);
    for (const row of sheet.rows) if (!scanner.record(row.cells, row.line)) break;
    scanner.end();
  }
}

function isLegacyXls(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** Recognises the reports in an export file. Throws ImportFileError when the file cannot be used. */
export function scanFile(bytes: Uint8Array, hooks: ScanHooks = {}): ImportPreview {
  if (bytes.length === 0) throw new ImportFileError("empty");
  if (bytes.length > MAX_FILE_BYTES) throw new ImportFileError("tooLarge", { max: MAX_FILE_BYTES });
  if (isLegacyXls(bytes)) throw new ImportFileError("legacyXls");
  const context: Context = { tables: [], skipped: [], hooks };
  let container: ImportPreview["container"] = "csv";
  let encoding: string | null = null;
  let semicolon = false;

  if (isZip(bytes)) {
    container = "zip";
    const parts: WorkbookParts = new Map();
    const workbooks: { name: string; bytes: Uint8Array }[] = [];
    readZip(bytes, (name) => {
      if (isWorkbookPart(name)) return collectEntry((data) => parts.set(name, data));
      const lower = name.toLowerCase();
      if (lower.endsWith(".xlsx")) return collectEntry((data) => workbooks.push({ name, bytes: data }));
      if (lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".tsv")) {
        const sink = csvSink(name.split("/").pop()!, context);
        return {
          data: sink.data,
          end() {
            sink.end();
            semicolon ||= sink.delimiter() === ";";
          },
        };
      }
      if (/\.(json|xls|pdf|txt)$/i.test(name)) context.skipped.push(name);
      return null;
    });
    if (parts.has("xl/workbook.xml")) {
      container = "xlsx";
      scanSheets(readWorkbookParts(parts), "", context);
    }
    for (const workbook of workbooks) scanSheets(readXlsx(workbook.bytes), `${workbook.name.split("/").pop()} › `, context);
  } else {
    const sink = csvSink("", context);
    for (let offset = 0; offset < bytes.length; offset += CHUNK) sink.data(bytes.subarray(offset, offset + CHUNK));
    sink.end();
    encoding = sink.encoding();
    semicolon = sink.delimiter() === ";";
  }

  if (context.tables.length === 0) throw new ImportFileError("unrecognised");
  const votes = context.tables.reduce((acc, table) => ({ point: acc.point + table.decimalVotes.point, comma: acc.comma + table.decimalVotes.comma }), {
    point: 0,
    comma: 0,
  });
  const decimal = votes.comma > votes.point || (votes.comma === votes.point && semicolon) ? "comma" : "point";
  return { container, encoding, tables: context.tables, skipped: context.skipped.filter((name) => name !== ""), decimal };
}

export { normalizeHeader };
