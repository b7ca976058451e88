// The cmap of a WOFF2 font, as a one-table sfnt that lib/seo/og-fonts.ts's coveredCodePoints can read.
// WOFF2 (https://www.w3.org/TR/WOFF2/): a 48-byte header, a table directory, then every table in one
// Brotli stream, in directory order; cmap is never transformed, so it lies in that stream as it is.
import { brotliDecompressSync } from "node:zlib";

const GLYF = 10;
const LOCA = 11;
const HMTX = 3;

function base128(bytes: Uint8Array, at: number): [value: number, next: number] {
  let value = 0;
  for (let index = 0; index < 5; index++) {
    const byte = bytes[at + index]!;
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) return [value, at + index + 1];
  }
  throw new Error("Bad UIntBase128 in WOFF2 table directory");
}

export function woff2CmapAsSfnt(font: Uint8Array): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  if (view.getUint32(0) !== 0x774f4632) throw new Error("Not a WOFF2 font");
  const tables = view.getUint16(12);
  const compressedLength = view.getUint32(20);
  let at = 48;
  let offset = 0;
  let cmap: { offset: number; length: number } | undefined;
  for (let index = 0; index < tables; index++) {
    const flags = font[at++]!;
    const tag = flags & 0x3f;
    if (tag === 63) at += 4; // an arbitrary tag follows
    const version = flags >> 6;
    let length: number;
    [length, at] = base128(font, at);
    const transformed = tag === GLYF || tag === LOCA ? version === 0 : tag === HMTX ? version === 1 : false;
    if (transformed) [length, at] = base128(font, at);
    if (tag === 0) cmap = { offset, length };
    offset += length;
  }
  if (!cmap) throw new Error("The WOFF2 font has no cmap");
  const stream = brotliDecompressSync(font.subarray(at, at + compressedLength));
  const table = stream.subarray(cmap.offset, cmap.offset + cmap.length);
  const sfnt = new Uint8Array(12 + 16 + table.length);
  const out = new DataView(sfnt.buffer);
  out.setUint32(0, 0x00010000);
  out.setUint16(4, 1);
  sfnt.set(Buffer.from("cmap"), 12);
  out.setUint32(12 + 8, 28);
  out.setUint32(12 + 12, table.length);
  sfnt.set(table, 28);
  return sfnt;
}
