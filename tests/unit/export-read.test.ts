import { Zip, ZipPassThrough, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { MAX_EXPORT_ENTRIES } from "@/lib/export/limits";
import { readExportZip } from "@/lib/export/read";

/** A ZIP of the given entries in order; unlike zipSync, a name may repeat. */
function zipOf(entries: [string, Uint8Array][]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, bytes] of entries) {
    const entry = new ZipPassThrough(name);
    zip.add(entry);
    entry.push(bytes, true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

const fileErrorOf = async (bytes: Uint8Array) => {
  try {
    await readExportZip(bytes);
  } catch (error) {
    return (error as { fieldErrors?: Record<string, string[]> }).fieldErrors?.file;
  }
  return "read";
};

describe("Reading an export ZIP (untrusted)", () => {
  it("refuses a file name that appears twice: the import must write the bytes that were checked", async () => {
    const webp = strToU8("RIFF\0\0\0\0WEBPVP8 ");
    const bytes = zipOf([
      ["portfolio.json", strToU8("{}")],
      ["media/a/display.webp", webp],
      ["media/a/display.webp", strToU8("<script>")],
    ]);
    expect(await fileErrorOf(bytes)).toEqual(["dataExport.errors.badFile", "media/a/display.webp"]);
  });

  it("refuses more entries than an export can hold, while reading", async () => {
    const entries: [string, Uint8Array][] = Array.from({ length: MAX_EXPORT_ENTRIES + 1 }, (_, i) => [`media/m${i}/thumb.webp`, strToU8("x")]);
    expect(await fileErrorOf(zipOf(entries))).toEqual(["imports.fileErrors.tooManyEntries"]);
  });
});
