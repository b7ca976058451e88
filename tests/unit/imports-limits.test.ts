import { describe, expect, it } from "vitest";
import { zipSync } from "fflate";
import { readCsv, sniffDelimiter } from "@/lib/imports/csv";
import { sniffEncoding } from "@/lib/imports/decode";
import { MAX_FILE_BYTES, MAX_ROWS } from "@/lib/imports/limits";
import { parseLocaleNumber } from "@/lib/imports/numbers";
import { parseExportDate } from "@/lib/imports/dates";
import { readTables } from "@/lib/imports/read";
import { scanFile } from "@/lib/imports/scan";
import { isSafeEntryName } from "@/lib/imports/zip";
import { fixture, utf8, zip, zipBomb } from "../support/import-fixtures";

describe("untrusted files", () => {
  it("refuses a zip bomb as soon as its ratio gives it away", () => {
    expect(() => scanFile(zipBomb())).toThrow(expect.objectContaining({ code: "zipBomb" }));
  }, 30_000); // building the 64 MB bomb is the slow part

  it("refuses entries that try to leave the archive's folder", () => {
    for (const name of ["../Content.csv", "a/../../Content.csv", "/etc/Content.csv", "C:/Content.csv", "a\\..\\b.csv"]) {
      expect(isSafeEntryName(name)).toBe(false);
    }
    expect(isSafeEntryName("export/Content.csv")).toBe(true);
    expect(() => scanFile(zip({ "../../Overview.csv": fixture("tiktok-overview.csv") }))).toThrow(expect.objectContaining({ code: "unsafePath" }));
  });

  it("refuses an old binary .xls, an empty file and a file over the size limit", () => {
    expect(() => scanFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toThrow(expect.objectContaining({ code: "legacyXls" }));
    expect(() => scanFile(new Uint8Array(0))).toThrow(expect.objectContaining({ code: "empty" }));
    expect(() => scanFile(new Uint8Array(MAX_FILE_BYTES + 1))).toThrow(expect.objectContaining({ code: "tooLarge" }));
  });

  it("refuses a broken ZIP", () => {
    const bytes = zipSync({ "Overview.csv": fixture("tiktok-overview.csv") });
    expect(() => scanFile(bytes.subarray(0, 40))).toThrow(expect.objectContaining({ code: "badZip" }));
  });

  it("stops at the row limit with a clear code", () => {
    const header = "Date,Video Views,Profile Views,Likes,Comments,Shares\n";
    const row = "2026-08-28,1,1,1,1,1\n";
    expect(() => scanFile(utf8(header + row.repeat(MAX_ROWS + 1)))).toThrow(expect.objectContaining({ code: "tooManyRows" }));
  }, 60_000); // 200,001 rows on a shared 2-core machine

  it("keeps at most 10,000 rows for one save", () => {
    const header = "Date,Video Views,Profile Views,Likes,Comments,Shares\n";
    const bytes = utf8(header + "2026-08-28,1,1,1,1,1\n".repeat(10_001));
    expect(() => readTables(bytes, { decimal: "point", year: null })).toThrow(expect.objectContaining({ code: "tooManyRowsToSave" }));
  });
});

describe("reading pieces", () => {
  it("sniffs encodings from bytes", () => {
    expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: "utf-8", bomLength: 3 });
    expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toEqual({ encoding: "utf-16le", bomLength: 2 });
    expect(sniffEncoding(new Uint8Array([0xfe, 0xff, 0, 0x41]))).toEqual({ encoding: "utf-16be", bomLength: 2 });
    expect(sniffEncoding(new Uint8Array([0x41, 0xe2, 0x42])).encoding).toBe("windows-1257");
    expect(sniffEncoding(utf8("Rīga")).encoding).toBe("utf-8");
  });

  it("finds the separator from the structure, not a guess per line", () => {
    expect(sniffDelimiter("Date;Reach\n01.03.2026;1 234,5\n02.03.2026;12,5\n")).toBe(";");
    expect(sniffDelimiter('"Date","Reach, total"\n"x","1,2"\n')).toBe(",");
    expect(sniffDelimiter("Date\tReach\n1\t2\n")).toBe("\t");
  });

  it("reads quoted cells across chunk boundaries and counts lines", () => {
    expect(readCsv('a,b\r\n"x\r\ny","say ""hi"""\r\n\r\nz,=1+2\r\n')).toEqual([
      { cells: ["a", "b"], line: 1 },
      { cells: ["x\r\ny", 'say "hi"'], line: 2 },
      { cells: ["z", "=1+2"], line: 5 },
    ]);
  });

  it("reads numbers in other locales and says when one is ambiguous", () => {
    const value = (text: string, decimal: "point" | "comma" = "point") => {
      const parsed = parseLocaleNumber(text, decimal);
      return parsed.kind === "number" ? parsed.value : parsed.kind;
    };
    expect(value("1777.0")).toBe(1777);
    expect(value("12,400")).toBe(12400);
    expect(value("12,400", "comma")).toBe(12.4);
    expect(parseLocaleNumber("12,400", "point")).toMatchObject({ ambiguous: true });
    expect(parseLocaleNumber("1,234,567", "comma")).toMatchObject({ value: 1234567, ambiguous: false });
    expect(parseLocaleNumber("0.123", "point")).toMatchObject({ ambiguous: false, value: 0.123 });
    expect(value("1\u00a0234\u00a0567,891")).toBe(1234567.891);
    expect(value("1 234,5")).toBe(1234.5);
    expect(value("1.234,5")).toBe(1234.5);
    expect(value("1234,5")).toBe(1234.5);
    expect(value("-")).toBe("empty");
    expect(value("=1+1")).toBe("invalid");
    expect(parseLocaleNumber("3,5%", "point")).toMatchObject({ value: 3.5, percent: true });
  });

  it("reads every date style the exports use", () => {
    const iso = (text: string) => parseExportDate(text);
    expect(iso("2021-11-30 16:00 +0000")).toEqual({ kind: "date", iso: "2021-11-30" });
    expect(iso("Tue, Jul 14, 2026")).toEqual({ kind: "date", iso: "2026-07-14" });
    expect(iso("Oct 3, 2026")).toEqual({ kind: "date", iso: "2026-10-03" });
    expect(iso("03/25/2025 22:00")).toEqual({ kind: "date", iso: "2025-03-25" });
    expect(iso("20260301")).toEqual({ kind: "date", iso: "2026-03-01" });
    expect(iso("05.03.2026")).toEqual({ kind: "date", iso: "2026-03-05" });
    expect(iso("28 August")).toEqual({ kind: "noYear", month: 8, day: 28 });
    expect(iso("Lifetime")).toEqual({ kind: "invalid" });
    expect(iso("02/30/2026")).toEqual({ kind: "invalid" });
  });
});
