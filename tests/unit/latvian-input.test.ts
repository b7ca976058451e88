import { describe, expect, it } from "vitest";
import { decodeCsvBytes, parseCalendarCsv, parseCsvDate } from "@/lib/calendars/csv";
import { slugify } from "@/lib/case-studies/slug";
import { itReturns } from "../support/examples";

const period = { start: "2026-03-01", end: "2026-04-30" };

/** Windows-1257 bytes of `text` (the Latvian letters this test uses, ASCII otherwise). */
function windows1257(text: string): Uint8Array {
  const table: Record<string, number> = {
    ā: 0xe2,
    č: 0xe8,
    ē: 0xe7,
    ģ: 0xec,
    ī: 0xee,
    ķ: 0xed,
    ļ: 0xef,
    ņ: 0xf2,
    š: 0xf0,
    ū: 0xfb,
    ž: 0xfe,
    Ā: 0xc2,
    Š: 0xd0,
    Ž: 0xde,
  };
  return Uint8Array.from([...text].map((char) => table[char] ?? char.charCodeAt(0)));
}

const latvianCsv = [
  "date;platform;format;caption;status",
  "05.03.2026.;Instagram;Reel;Pavasara ēdienkartes īsais video;scheduled",
  "12.04.2026;TikTok;Short video;Kafijas pagatavošana, soli pa solim;idea",
].join("\r\n");

describe("calendar CSV as Latvian Excel saves it (issue #17)", () => {
  it("decodes UTF-8 (with or without BOM) as UTF-8", () => {
    const utf8 = new TextEncoder().encode(latvianCsv);
    expect(decodeCsvBytes(utf8)).toBe(latvianCsv);
    expect(decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8])).replace(/^\uFEFF/, "")).toBe(latvianCsv);
  });

  it("decodes bytes that are not valid UTF-8 as Windows-1257", () => {
    const bytes = windows1257(latvianCsv);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(decodeCsvBytes(bytes)).toBe(latvianCsv);
    expect(decodeCsvBytes(windows1257("ĀŠŽ āčēģīķļņšūž"))).toBe("ĀŠŽ āčēģīķļņšūž");
  });

  it("reads a ;-separated file with DD.MM.YYYY dates (with the Latvian trailing dot) into entries", () => {
    const result = parseCalendarCsv(decodeCsvBytes(windows1257(latvianCsv)), period);
    expect(result.fileIssues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.rows.map((row) => [row.entry?.date, row.entry?.platform, row.entry?.topic])).toEqual([
      ["2026-03-05", "INSTAGRAM", "Pavasara ēdienkartes īsais video"],
      ["2026-04-12", "TIKTOK", "Kafijas pagatavošana, soli pa solim"],
    ]);
  });

  itReturns("dates: DD.MM.YYYY with or without the closing dot; nothing else gains a dot", parseCsvDate, [
    ["05.03.2026.", "2026-03-05"],
    ["5.3.2026", "2026-03-05"],
    ["2026-03-05.", null],
    ["05.03.2026..", null],
    ["31.02.2026.", null],
  ]);
});

describe("slugs from Latvian titles", () => {
  it("transliterate every Latvian diacritic to its base letter", () => {
    expect(slugify("āčēģīķļņšūž ĀČĒĢĪĶĻŅŠŪŽ")).toBe("acegiklnsuz-acegiklnsuz");
    expect(slugify("Ziemas kampaņa: +45% sekotāju Rīgā")).toBe("ziemas-kampana-45-sekotaju-riga");
    expect(slugify("Grāmatnīcas “Zvaigzne” žurnāls")).toBe("gramatnicas-zvaigzne-zurnals");
  });
});
