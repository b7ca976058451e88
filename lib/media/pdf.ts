import { constants, inflateSync } from "node:zlib";

// A page counter small enough to read in one sitting, instead of a PDF library:
// the page tree's root `/Type /Pages` dictionary carries the total in `/Count`.
// PDF 1.5+ files may keep those dictionaries inside compressed object streams,
// so those streams are inflated too. Falls back to counting `/Type /Page` objects.

const MAX_INFLATED_BYTES = 50 * 1024 * 1024;
const pagesType = /\/Type\s*\/Pages(?![A-Za-z0-9])/g;
const pageType = /\/Type\s*\/Page(?![A-Za-z0-9])/g;

/** The number of pages, or null when the bytes are not a PDF we can read. */
export function countPdfPages(bytes: Uint8Array): number | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  // The header may follow a little junk (the spec allows it within the first 1 KB).
  const header = text.indexOf("%PDF-");
  if (header < 0 || header > 1024) return null;

  const sources = [text, ...objectStreams(text)];
  const fromTree = Math.max(0, ...sources.map(rootPageCount));
  if (fromTree > 0) return fromTree;
  const counted = sources.reduce((sum, source) => sum + (source.match(pageType)?.length ?? 0), 0);
  return counted > 0 ? counted : null;
}

function rootPageCount(source: string): number {
  let best = 0;
  for (const match of source.matchAll(pagesType)) {
    const bounds = enclosingDictionary(source, match.index);
    const count = bounds && /\/Count\s+(\d+)/.exec(source.slice(bounds.start, bounds.end));
    if (count) best = Math.max(best, Number(count[1]));
  }
  return best;
}

/** Where the `<< ... >>` around `index` starts and ends (nested ones included); null if unbalanced. */
function enclosingDictionary(source: string, index: number): { start: number; end: number } | null {
  const limit = 64 * 1024;
  let depth = 0;
  let start = -1;
  for (let i = index - 1; i > 0 && index - i < limit; i--) {
    if (source[i] === ">" && source[i - 1] === ">") {
      depth++;
      i--;
    } else if (source[i] === "<" && source[i - 1] === "<") {
      if (depth === 0) {
        start = i - 1;
        break;
      }
      depth--;
      i--;
    }
  }
  if (start < 0) return null;
  depth = 0;
  for (let i = start; i < source.length - 1 && i - start < limit; i++) {
    if (source[i] === "<" && source[i + 1] === "<") {
      depth++;
      i++;
    } else if (source[i] === ">" && source[i + 1] === ">") {
      depth--;
      i++;
      if (depth === 0) return { start, end: i + 1 };
    }
  }
  return null;
}

/** The decompressed contents of the file's object streams (`/Type /ObjStm`). */
function objectStreams(text: string): string[] {
  const streams: string[] = [];
  for (const match of text.matchAll(/\/Type\s*\/ObjStm(?![A-Za-z0-9])/g)) {
    const bounds = enclosingDictionary(text, match.index);
    if (!bounds) continue;
    const dictionary = text.slice(bounds.start, bounds.end);
    const keyword = /^\s*stream\r?\n/.exec(text.slice(bounds.end, bounds.end + 32));
    if (!keyword) continue;
    const dataStart = bounds.end + keyword[0].length;
    const dataEnd = text.indexOf("endstream", dataStart);
    if (dataEnd < 0) continue;
    const data = Buffer.from(text.slice(dataStart, dataEnd), "latin1");
    if (!/\/Filter\s*\/FlateDecode/.test(dictionary)) {
      streams.push(data.toString("latin1"));
      continue;
    }
    try {
      // Sync flush tolerates the end-of-line before `endstream` and slightly short streams.
      const inflated = inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: MAX_INFLATED_BYTES });
      streams.push(inflated.toString("latin1"));
    } catch {
      // An unreadable stream just contributes nothing.
    }
  }
  return streams;
}
