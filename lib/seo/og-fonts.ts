import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";

// Preview images must never need the network. next/og draws with its bundled
// font, and for any character that font lacks it asks the internet: emoji
// from a CDN, other scripts from Google Fonts. Offline, one emoji in a name
// closed the connection with no reply. So the images use a font we ship
// (Geist, which covers Latin, Latin-1 and Latin Extended-A, so Latvian
// ā č ē ģ ī ķ ļ ņ š ū ž), and every character it cannot draw is dropped
// before rendering: next/og then never has a reason to fetch anything.

const FONT_FILE = join(process.cwd(), "lib/seo/fonts/Geist-Regular.ttf");

type OgFont = { name: string; data: ArrayBuffer; weight: 400; style: "normal" };

let loaded: { fonts: OgFont[]; covered: Set<number> } | undefined;

function load() {
  if (loaded) return loaded;
  const bytes = readFileSync(FONT_FILE);
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  loaded = { fonts: [{ name: "Geist", data, weight: 400, style: "normal" }], covered: coveredCodePoints(bytes) };
  return loaded;
}

/** The fonts to pass to ImageResponse. */
export function ogFonts(): OgFont[] {
  return load().fonts;
}

const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * The text without the characters our font cannot draw (emoji, other
 * scripts): a whole grapheme goes, so no skin tone or joiner is left over,
 * and the spaces around it collapse.
 */
export function drawableText(text: string): string {
  const { covered } = load();
  let result = "";
  for (const { segment } of segmenter.segment(text)) {
    if (/\s/.test(segment)) result += " ";
    else if ([...segment].every((char) => covered.has(char.codePointAt(0)!))) result += segment;
  }
  return result.replace(/ {2,}/g, " ").trim();
}

/** Every code point the font maps to a real glyph, read from its cmap (format 4 or 12). */
export function coveredCodePoints(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let index = 0; index < tables; index++) {
    const record = 12 + index * 16;
    if (String.fromCharCode(...font.subarray(record, record + 4)) === "cmap") cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error("The preview-image font has no cmap table");

  const subtables = new Map<number, number>();
  for (let index = 0; index < view.getUint16(cmap + 2); index++) {
    const record = cmap + 4 + index * 8;
    const offset = cmap + view.getUint32(record + 4);
    subtables.set(view.getUint16(offset), offset);
  }
  const covered = new Set<number>();
  const format12 = subtables.get(12);
  const format4 = subtables.get(4);
  if (format12 !== undefined) {
    for (let group = 0; group < view.getUint32(format12 + 12); group++) {
      const at = format12 + 16 + group * 12;
      const [start, end, glyph] = [view.getUint32(at), view.getUint32(at + 4), view.getUint32(at + 8)];
      for (let code = start; code <= end; code++) if (glyph + code - start !== 0) covered.add(code);
    }
  } else if (format4 !== undefined) {
    const segments = view.getUint16(format4 + 6) / 2;
    const ends = format4 + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    for (let segment = 0; segment < segments; segment++) {
      const [start, end] = [view.getUint16(starts + segment * 2), view.getUint16(ends + segment * 2)];
      const delta = view.getInt16(deltas + segment * 2);
      const rangeOffsetAt = rangeOffsets + segment * 2;
      const rangeOffset = view.getUint16(rangeOffsetAt);
      for (let code = start; code <= end && code !== 0xffff; code++) {
        let glyph = rangeOffset === 0 ? code : view.getUint16(rangeOffsetAt + rangeOffset + (code - start) * 2);
        if (rangeOffset !== 0 && glyph === 0) continue;
        glyph = (glyph + delta) & 0xffff;
        if (glyph !== 0) covered.add(code);
      }
    }
  } else {
    throw new Error("The preview-image font has no Unicode cmap (format 4 or 12)");
  }
  return covered;
}
