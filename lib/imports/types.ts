import type { PlatformValue } from "@/lib/platforms/platforms";
import type { ImportField, MetricField } from "./fields";
import type { Grain } from "./formats/types";
import type { DecimalSeparator } from "./numbers";

/** Why a whole file is refused (messages: imports.fileErrors.<code>). */
export type ImportProblemCode =
  | "empty"
  | "tooLarge"
  | "unrecognised"
  | "legacyXls"
  | "badZip"
  | "badWorkbook"
  | "zipBomb"
  | "entryTooLarge"
  | "tooManyEntries"
  | "unsafePath"
  | "tooManyRows"
  | "tooManyRowsToSave"
  | "tooManyColumns"
  | "cellTooLong";

/** Why one row cannot be imported (messages: imports.rowProblems.<code>). */
export type RowProblemCode = "date" | "noDate" | "needsYear" | "number" | "negative" | "percent";
export type RowProblem = { code: RowProblemCode; column?: string };

export type RawRow = { line: number; cells: string[] };

export type MappedRow = {
  line: number;
  date: string | null;
  title: string;
  caption: string;
  link: string;
  postType: string;
  values: Partial<Record<MetricField, number>>;
  problems: RowProblem[];
};

/** One recognised report inside the file (a CSV has one; a ZIP or workbook may have several). */
export type TableSummary = {
  index: number;
  /** Where it was found, for the user: a ZIP entry or a sheet name ("" for a plain CSV). */
  source: string;
  formatId: string;
  platform: PlatformValue;
  grain: Grain;
  /** Meta page files: the metric the "Primary" column holds. */
  metricName: string | null;
  headers: string[];
  mapping: ImportField[];
  headerLine: number;
  rowCount: number;
  /** "Total" / "Grand total" rows, skipped. */
  totalRows: number;
  firstRows: RawRow[];
  /** Earliest and latest date (ISO, or "--MM-DD" while the year is unknown). */
  dateRange: { from: string; to: string } | null;
  needsYear: boolean;
  ambiguousNumbers: number;
  decimalVotes: Record<DecimalSeparator, number>;
  problemCount: number;
  problems: { line: number; problems: RowProblem[] }[];
  /** GA4's preamble dates, when the file has them. */
  reportRange: { from: string; to: string } | null;
};

export type ImportPreview = {
  container: "csv" | "xlsx" | "zip";
  encoding: string | null;
  tables: TableSummary[];
  /** Files or sheets we could not recognise, listed so the user knows what was skipped. */
  skipped: string[];
  /** The decimal separator we read ambiguous numbers with (the user may change it). */
  decimal: DecimalSeparator;
};

export type RowOptions = { decimal: DecimalSeparator; year: number | null };
