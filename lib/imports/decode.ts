// Text encodings of the exports we see: UTF-8 with or without BOM, UTF-16 LE/BE (Meta's page
// files, with BOM; without one we look at where the zero bytes are) and Windows-1257 (Latvian Excel).
// Node 20's full ICU TextDecoder knows them all; decoding is incremental (`stream: true`).

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1257";

/** The encoding of a file from its first bytes (up to 64 KB is plenty). */
export function sniffEncoding(head: Uint8Array): { encoding: TextEncodingName; bomLength: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf-8", bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  // ASCII text in UTF-16 without a BOM: every other byte is zero.
  const sample = head.subarray(0, Math.min(head.length, 4096));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  if (half > 0 && oddZeros > half * 0.4 && evenZeros < half * 0.05) return { encoding: "utf-16le", bomLength: 0 };
  if (half > 0 && evenZeros > half * 0.4 && oddZeros < half * 0.05) return { encoding: "utf-16be", bomLength: 0 };
  return { encoding: isValidUtf8(head) ? "utf-8" : "windows-1257", bomLength: 0 };
}

/** True when the bytes are valid UTF-8, allowing a character cut off at the very end of the sample. */
function isValidUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0) return false;
    for (let k = 1; k <= extra; k++) {
      if (i + k >= bytes.length) return true;
      if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

/** Decodes a byte stream chunk by chunk, sniffing the encoding from the first chunk. */
export class StreamingDecoder {
  private decoder: TextDecoder | null = null;
  encoding: TextEncodingName | null = null;
  private pending: Uint8Array | null = null;

  /** Text decoded so far from this chunk (may be "" while waiting for enough bytes to sniff). */
  write(chunk: Uint8Array): string {
    if (!this.decoder) {
      const head = this.pending ? concat(this.pending, chunk) : chunk;
      if (head.length < 4096) {
        this.pending = head;
        return "";
      }
      this.pending = null;
      return this.start(head);
    }
    return this.decoder.decode(chunk, { stream: true });
  }

  end(): string {
    let text = "";
    if (!this.decoder) text = this.start(this.pending ?? new Uint8Array(0));
    return text + this.decoder!.decode();
  }

  private start(head: Uint8Array): string {
    const { encoding, bomLength } = sniffEncoding(head);
    this.encoding = encoding;
    // ignoreBOM: we strip the BOM ourselves (so a BOM-less UTF-16 file decodes the same way).
    this.decoder = new TextDecoder(encoding, { ignoreBOM: true });
    return this.decoder.decode(head.subarray(bomLength), { stream: true });
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** The whole text of a small file. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const decoder = new StreamingDecoder();
  const text = decoder.write(bytes) + decoder.end();
  return { text, encoding: decoder.encoding! };
}
