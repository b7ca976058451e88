// Limits for untrusted export files. Checked while reading, so a file over a limit is
// refused as soon as it passes it, before it is fully read or unpacked.

/** The largest file accepted (a CSV, an XLSX or a ZIP), as uploaded. */
export const MAX_FILE_BYTES = 60 * 1024 * 1024;
/** The largest unpacked size of one entry of a ZIP (or XLSX part). */
export const MAX_ENTRY_BYTES = 150 * 1024 * 1024;
/** The largest unpacked total of a ZIP: more is treated as a zip bomb. */
export const MAX_UNPACKED_BYTES = 300 * 1024 * 1024;
/** Unpacked ÷ packed above this (once past 1 MB unpacked) is a zip bomb, not an export. */
export const MAX_COMPRESSION_RATIO = 150;
/** Entries a ZIP may hold. */
export const MAX_ZIP_ENTRIES = 500;
/** Data rows one file may hold (a year of daily rows or thousands of posts fit easily). */
export const MAX_ROWS = 200_000;
/** Rows one save may create. */
export const MAX_SAVE_ROWS = 10_000;
/** Rows the preview sends to the browser (the row count covers the rest). */
export const PREVIEW_ROWS = 100;
/** Problem rows listed in the preview. */
export const PREVIEW_PROBLEMS = 50;
/** Cells in one row and characters in one cell. */
export const MAX_COLUMNS = 500;
export const MAX_CELL_CHARS = 100_000;
