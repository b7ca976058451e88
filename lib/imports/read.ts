// Every row of the chosen reports, read with the user's mapping: what a save works from.
import { ImportFileError } from "./errors";
import type { ImportField } from "./fields";
import { MAX_SAVE_ROWS } from "./limits";
import { mapRow } from "./rows";
import { scanFile } from "./scan";
import type { ImportPreview, MappedRow, RawRow, RowOptions } from "./types";

export type ReadOptions = RowOptions & {
  /** Table indexes to keep rows of (all when absent). */
  tables?: readonly number[];
  /** Per table index: the field of each column (the report's defaults when absent). */
  mappings?: Readonly<Record<number, readonly ImportField[]>>;
};

export function readTables(bytes: Uint8Array, options: ReadOptions): { preview: ImportPreview; rows: Map<number, MappedRow[]> } {
  const raw = new Map<number, RawRow[]>();
  let kept = 0;
  const preview = scanFile(bytes, {
    onRow(table, row) {
      if (options.tables && !options.tables.includes(table.index)) return;
      kept++;
      if (kept > MAX_SAVE_ROWS) throw new ImportFileError("tooManyRowsToSave", { max: MAX_SAVE_ROWS });
      const list = raw.get(table.index) ?? [];
      list.push(row);
      raw.set(table.index, list);
    },
  });
  const rows = new Map<number, MappedRow[]>();
  for (const table of preview.tables) {
    const list = raw.get(table.index);
    if (!list) continue;
    const mapping = options.mappings?.[table.index] ?? table.mapping;
    rows.set(
      table.index,
      list.map((row) => mapRow(row, table.headers, mapping, table.grain, options)),
    );
  }
  return { preview, rows };
}
