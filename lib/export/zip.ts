// Writes the export ZIP as a stream with fflate: one part at a time is read (from storage, chunk
// by chunk) and zipped while the response is sent, so memory holds about one file, never the archive.
import { Zip, ZipDeflate, ZipPassThrough } from "fflate";

export type ZipPart = {
  path: string;
  /** Deflate text (JSON, CSV); images and PDFs are compressed already and are stored as they are. */
  compress: boolean;
  /** The bytes, or null when the part has gone missing (it is then left out). */
  open(): Promise<ReadableStream<Uint8Array> | Uint8Array | null>;
};

export function streamZip(parts: ZipPart[], onMissing: (path: string) => void = () => {}): ReadableStream<Uint8Array> {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let failed = false;
  const zip = new Zip((error, chunk, final) => {
    if (failed) return;
    if (error) {
      failed = true;
      controller.error(error);
      return;
    }
    if (chunk.length) controller.enqueue(chunk);
    if (final) controller.close();
  });
  let next = 0;
  return new ReadableStream<Uint8Array>({
    start(created) {
      controller = created;
    },
    async pull() {
      // One part per pull: the consumer's pace sets how fast files are read.
      while (next < parts.length) {
        const part = parts[next++]!;
        const source = await part.open();
        if (!source) {
          onMissing(part.path);
          continue;
        }
        const entry = part.compress ? new ZipDeflate(part.path, { level: 6 }) : new ZipPassThrough(part.path);
        zip.add(entry);
        if (source instanceof Uint8Array) {
          entry.push(source, true);
        } else {
          const reader = source.getReader();
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            entry.push(value);
          }
          entry.push(new Uint8Array(0), true);
        }
        return;
      }
      zip.end();
    },
    cancel() {
      failed = true;
      zip.terminate();
    },
  });
}
