// Reads a ZIP (a platform's export archive, or an XLSX workbook) as a stream with fflate:
// entries are inflated chunk by chunk and handed on, and the file is refused the moment it
// breaks a limit (entry size, unpacked total, compression ratio, entry count) or names a path
// that tries to leave its folder. Nothing is ever written to disk.
import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from "fflate";
import { ImportFileError } from "./errors";
import { MAX_COMPRESSION_RATIO, MAX_ENTRY_BYTES, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from "./limits";

export type ZipEntrySink = { data(chunk: Uint8Array): void; end(): void };

/** Pushed in small pieces so that one inflate step stays small (deflate expands at most ~1,032×). */
const PUSH_BYTES = 16 * 1024;

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

/** A name that stays inside the archive's folder: no "..", no absolute or drive paths, no backslashes. */
export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 512) return false;
  if (name.startsWith("/") || name.includes("\\") || /^[a-zA-Z]:/.test(name) || name.includes("\0")) return false;
  return !name.split("/").some((part) => part === "..");
}

/** Entries no reader hands on: folders and macOS's resource-fork copies. */
function isSkippedEntry(name: string): boolean {
  return name.endsWith("/") || name.startsWith("__MACOSX/");
}

/** Why an entry is refused before it is inflated (one too many, a path that leaves the folder, a declared size over the limit), or null. */
function refuseEntry(file: UnzipFile, entries: number, maxEntries: number): ImportFileError | null {
  if (entries > maxEntries) return new ImportFileError("tooManyEntries");
  if (!isSafeEntryName(file.name)) return new ImportFileError("unsafePath");
  if (file.originalSize !== undefined && file.originalSize > MAX_ENTRY_BYTES) return new ImportFileError("entryTooLarge");
  return null;
}

/** Why inflating stops after a chunk (the entry's size, the unpacked total, the ratio to the bytes pushed so far), or null. */
function refuseInflated(entrySize: number, unpacked: number, pushed: number, maxUnpacked: number): ImportFileError | null {
  if (entrySize > MAX_ENTRY_BYTES) return new ImportFileError("entryTooLarge");
  if (unpacked > maxUnpacked) return new ImportFileError("zipBomb");
  // A ratio no export has: stop before inflating (or handing on) the rest.
  if (unpacked > 1024 * 1024 && unpacked / pushed > MAX_COMPRESSION_RATIO) return new ImportFileError("zipBomb");
  return null;
}

/**
 * fflate's streaming Unzip with the rules both ZIP readers (readZip, lib/export/unzip.ts) enforce: the entry
 * count, safe paths, declared and inflated entry sizes, the unpacked total and the compression ratio; folders
 * and __MACOSX/ are skipped. The reader `push`es the archive's bytes in pieces; the first refusal, or an error
 * of `open` or of a sink, is kept as `failure` and stops inflating. `ended(sink)` runs after an entry's last chunk.
 */
export function guardedUnzip<S extends { data(chunk: Uint8Array): void }>(
  limits: { maxEntries: number; maxUnpacked: number },
  open: (name: string) => S | null,
  ended: (sink: S) => void,
) {
  let entries = 0;
  let unpacked = 0;
  let pushed = 0;
  let failure: unknown = null;
  let current: UnzipFile | null = null;

  function fail(error: unknown): void {
    if (!failure) failure = error;
    current?.terminate();
  }

  const unzip = new Unzip((file) => {
    if (failure) return;
    entries++;
    const refused = refuseEntry(file, entries, limits.maxEntries);
    if (refused) return fail(refused);
    let sink: S | null = null;
    try {
      if (!isSkippedEntry(file.name)) sink = open(file.name);
    } catch (error) {
      return fail(error);
    }
    let size = 0;
    current = file;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) return fail(new ImportFileError("badZip"));
      size += chunk.length;
      unpacked += chunk.length;
      const stop = refuseInflated(size, unpacked, pushed, limits.maxUnpacked);
      if (stop) return fail(stop);
      try {
        if (sink && chunk.length > 0) sink.data(chunk);
        if (final && sink) ended(sink);
      } catch (sinkError) {
        fail(sinkError);
      }
    };
    try {
      file.start();
    } catch {
      fail(new ImportFileError("badZip"));
    }
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);

  return {
    /** Inflates `piece` (synchronously: sinks get their chunks before this returns); `final` on the archive's last piece. */
    push(piece: Uint8Array, final: boolean): void {
      pushed += piece.length;
      unzip.push(piece, final);
    },
    fail,
    get failure(): unknown {
      return failure;
    },
    get entries(): number {
      return entries;
    },
  };
}

/**
 * Streams every entry to the sink `open(name)` returns (null skips it). Throws ImportFileError
 * "zipBomb", "entryTooLarge", "tooManyEntries", "unsafePath" or "badZip".
 */
export function readZip(bytes: Uint8Array, open: (name: string) => ZipEntrySink | null): void {
  const zip = guardedUnzip({ maxEntries: MAX_ZIP_ENTRIES, maxUnpacked: MAX_UNPACKED_BYTES }, open, (sink) => sink.end());
  try {
    for (let offset = 0; offset < bytes.length && !zip.failure; offset += PUSH_BYTES) {
      const end = Math.min(offset + PUSH_BYTES, bytes.length);
      zip.push(bytes.subarray(offset, end), end === bytes.length);
    }
  } catch (error) {
    zip.fail(error instanceof ImportFileError ? error : new ImportFileError("badZip"));
  }
  if (zip.failure) throw zip.failure;
  if (zip.entries === 0) throw new ImportFileError("badZip");
}

/**
 * Collects an entry's bytes (a workbook part, a file of an export) into one array, within the entry limit
 * readZip and readExportEntries already enforce, and hands them to `onDone`; `end` answers what it answers
 * (readExportEntries waits for a promise).
 */
export function collectEntry<R>(onDone: (bytes: Uint8Array) => R): { data(chunk: Uint8Array): void; end(): R } {
  const chunks: Uint8Array[] = [];
  let total = 0;
  return {
    data(chunk) {
      chunks.push(chunk.slice());
      total += chunk.length;
    },
    end() {
      const out = new Uint8Array(total);
      let offset = 0;
      for (const chunk of chunks) {
        out.set(chunk, offset);
        offset += chunk.length;
      }
      chunks.length = 0;
      return onDone(out);
    },
  };
}
