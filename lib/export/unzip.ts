// Reads a Postfolio export ZIP as a stream, with the export's own limits. lib/imports/zip.ts reads a
// platform's export (at most 500 entries, inflated in one synchronous pass); ours holds two files per
// image and can be far larger, so this reader awaits each finished entry (a file being written to
// storage) before inflating further: memory holds about one file, never the archive's contents.
import { createReadStream } from "node:fs";
import { open as openFile } from "node:fs/promises";
import { ImportFileError } from "@/lib/imports/errors";
import { guardedUnzip, isZip } from "@/lib/imports/zip";
import { MAX_EXPORT_ENTRIES, MAX_EXPORT_UNPACKED_BYTES } from "./limits";

/** Receives one entry's bytes; `end` may be async (a storage write), and reading waits for it. */
export type ExportEntrySink = { data(chunk: Uint8Array): void; end(): void | Promise<void> };

/**
 * Where an export ZIP is: bytes in memory (tests, small archives) or a file on disk (an upload, streamed to a
 * temporary file by lib/export/upload.ts). A file is read in PUSH_BYTES chunks, so memory does not grow with its size.
 */
export type ExportSource = Uint8Array | { path: string };

/** The source's pieces in order, each at most PUSH_BYTES (a file is read as it is consumed). */
async function* piecesOf(source: ExportSource): AsyncGenerator<Uint8Array> {
  if (source instanceof Uint8Array) {
    for (let offset = 0; offset < source.length; offset += PUSH_BYTES) yield source.subarray(offset, Math.min(offset + PUSH_BYTES, source.length));
    return;
  }
  for await (const chunk of createReadStream(source.path, { highWaterMark: PUSH_BYTES })) yield chunk as Buffer;
}

/** True when the source starts like a ZIP (only its first bytes are read). */
export async function sourceIsZip(source: ExportSource): Promise<boolean> {
  if (source instanceof Uint8Array) return isZip(source);
  const handle = await openFile(source.path, "r");
  try {
    const head = new Uint8Array(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && isZip(head);
  } finally {
    await handle.close();
  }
}

/** Pushed in small pieces so that one inflate step stays small (deflate expands at most ~1,032×). */
const PUSH_BYTES = 64 * 1024;

/**
 * Streams every entry to the sink `open(name)` returns (null skips it), waiting for each sink's
 * `end()`. Throws ImportFileError "zipBomb", "entryTooLarge", "tooManyEntries", "unsafePath" or "badZip".
 */
export async function readExportEntries(source: ExportSource, open: (name: string) => ExportEntrySink | null): Promise<void> {
  const finished: Promise<void>[] = [];
  const zip = guardedUnzip({ maxEntries: MAX_EXPORT_ENTRIES, maxUnpacked: MAX_EXPORT_UNPACKED_BYTES }, open, (sink) =>
    finished.push(Promise.resolve(sink.end())),
  );

  const pieces = piecesOf(source);
  try {
    // One piece ahead, to tell fflate which one is the last.
    let next = await pieces.next();
    while (!next.done && !zip.failure) {
      const piece = next.value;
      next = await pieces.next();
      try {
        zip.push(piece, next.done === true);
      } catch (error) {
        zip.fail(error instanceof ImportFileError ? error : new ImportFileError("badZip"));
      }
      // Entries finished by this piece are written before the next piece is inflated.
      if (finished.length > 0) {
        const waiting = finished.splice(0);
        try {
          await Promise.all(waiting);
        } catch (error) {
          zip.fail(error);
        }
      }
    }
  } finally {
    await pieces.return(undefined); // closes the file when reading stopped early
  }
  if (zip.failure) throw zip.failure;
  if (zip.entries === 0) throw new ImportFileError("badZip");
}
