// A push CSV reader: text goes in chunk by chunk, records come out with the line they start on,
// so memory holds one unfinished record, never the file. Quotes per RFC 4180 (cells may span
// lines), the separator from a `sep=` first line or from the first lines' structure (`,` `;` tab).
// Cells are returned as text: nothing is ever evaluated (a cell "=1+1" stays "=1+1").
import { MAX_CELL_CHARS as CELL_LIMIT, MAX_COLUMNS as COLUMN_LIMIT } from "./limits";
import { ImportFileError } from "./errors";

// Local copies: this is the hot loop, and imported bindings can be getters.
const MAX_CELL_CHARS = CELL_LIMIT;
const MAX_COLUMNS = COLUMN_LIMIT;

export type CsvRecord = { cells: string[]; line: number };
/** Return false to stop reading (a limit was reached). */
export type RecordSink = (record: CsvRecord) => boolean | void;

const CANDIDATES = [",", ";", "\t"] as const;
const SNIFF_CHARS = 16 * 1024;

/** The separator from the first lines: the one found the same number of times in the most lines. */
export function sniffDelimiter(sample: string): string {
  const lines = sample
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .slice(0, 15);
  let best: string = ",";
  let bestScore = 0;
  for (const candidate of CANDIDATES) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const n = countOutsideQuotes(line, candidate);
      if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let score = 0;
    for (const [n, times] of counts) score = Math.max(score, times * 1000 + n);
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}

/** Where unquoted cell text from `from` ends: at the next delimiter or line break, or at the end of `s`. */
function unquotedEnd(s: string, from: number, delim: number): number {
  let k = from;
  while (k < s.length) {
    const c = s.charCodeAt(k);
    if (c === delim || c === 10 || c === 13) break;
    k++;
  }
  return k;
}

function countOutsideQuotes(line: string, char: string): number {
  let inQuotes = false;
  let n = 0;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === char && !inQuotes) n++;
  }
  return n;
}

export class CsvReader {
  private buf = "";
  private line = 1;
  private started = false;
  private stopped = false;
  delimiter: string;

  constructor(
    private readonly sink: RecordSink,
    options: { delimiter?: string } = {},
  ) {
    this.delimiter = options.delimiter ?? "";
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  push(text: string): void {
    if (this.stopped) return;
    this.buf += text;
    if (!this.started) {
      if (this.buf.length < SNIFF_CHARS) return;
      this.start();
    }
    this.drain(false);
  }

  end(): void {
    if (this.stopped) return;
    if (!this.started) this.start();
    this.drain(true);
  }

  private start(): void {
    this.started = true;
    const sep = /^sep=(.)\r?\n/i.exec(this.buf);
    if (sep) {
      // Excel's hint line (Meta's page exports start with it).
      this.delimiter = sep[1]!;
      this.buf = this.buf.slice(sep[0].length);
      this.line++;
    }
    if (!this.delimiter) this.delimiter = sniffDelimiter(this.buf.slice(0, SNIFF_CHARS));
  }

  private drain(final: boolean): void {
    let i = 0;
    const s = this.buf;
    while (i < s.length && !this.stopped) {
      const next = this.readRecord(s, i, final);
      if (next < 0) break;
      i = next;
    }
    this.buf = this.stopped ? "" : s.slice(i);
    if (final && this.buf.length > 0 && !this.stopped) {
      // Unterminated quote at the end of the file: take what is there.
      const next = this.readRecord(this.buf, 0, true);
      if (next < 0) this.buf = "";
    }
  }

  /** Reads one record from `i`; returns the index after it, or -1 when the record is not complete yet. */
  private readRecord(s: string, start: number, final: boolean): number {
    const delim = this.delimiter.charCodeAt(0);
    const cells: string[] = [];
    let i = start;
    let newlines = 0;
    for (;;) {
      let cell: string;
      if (s.charCodeAt(i) === 34 /* " */) {
        let parts = "";
        let j = i + 1;
        for (;;) {
          const q = s.indexOf('"', j);
          if (q < 0) {
            if (!final) return this.incomplete(s, start);
            parts += s.slice(j);
            j = s.length;
            break;
          }
          parts += s.slice(j, q);
          if (s.charCodeAt(q + 1) === 34) {
            parts += '"';
            j = q + 2;
            continue;
          }
          if (q + 1 >= s.length && !final) return this.incomplete(s, start);
          j = q + 1;
          break;
        }
        // Text after a closing quote (malformed) is kept as it is.
        const k = unquotedEnd(s, j, delim);
        if (k >= s.length && !final) return this.incomplete(s, start);
        cell = parts + s.slice(j, k);
        for (let p = 0; p < parts.length; p++) if (parts.charCodeAt(p) === 10) newlines++;
        i = k;
      } else {
        const k = unquotedEnd(s, i, delim);
        if (k >= s.length && !final) return this.incomplete(s, start);
        cell = s.slice(i, k);
        i = k;
      }
      if (cell.length > MAX_CELL_CHARS) throw new ImportFileError("cellTooLong", { line: this.line });
      cells.push(cell);
      if (cells.length > MAX_COLUMNS) throw new ImportFileError("tooManyColumns", { line: this.line });
      const c = s.charCodeAt(i);
      if (c === delim) {
        i++;
        continue;
      }
      // End of record: \n, \r\n, \r or the end of the text.
      if (c === 13) {
        if (i + 1 >= s.length && !final) return this.incomplete(s, start);
        i += s.charCodeAt(i + 1) === 10 ? 2 : 1;
      } else if (c === 10) i++;
      const line = this.line;
      this.line += 1 + newlines;
      // Blank lines are skipped (but counted).
      if (!(cells.length === 1 && cells[0] === "")) {
        if (this.sink({ cells, line }) === false) this.stopped = true;
      }
      return i;
    }
  }

  private incomplete(s: string, start: number): number {
    if (s.length - start > MAX_CELL_CHARS * 4) throw new ImportFileError("cellTooLong", { line: this.line });
    return -1;
  }
}

/** Every record of a small text (tests, workbook sheets written as CSV). */
export function readCsv(text: string, options: { delimiter?: string } = {}): CsvRecord[] {
  const records: CsvRecord[] = [];
  const reader = new CsvReader((record) => {
    records.push(record);
  }, options);
  reader.push(text);
  reader.end();
  return records;
}
