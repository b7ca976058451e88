// Export files that are not plain UTF-8 text, built the way the platforms write them:
// UTF-16 page files, a Windows-1257 CSV from Latvian Excel, XLSX workbooks and ZIP archives.
// The plain CSV fixtures are real files in tests/fixtures/imports/.
import { readFileSync } from "node:fs";
import path from "node:path";
import { zipSync, strToU8 } from "fflate";

export const fixtureDir = path.join(import.meta.dirname, "../fixtures/imports");

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(fixtureDir, name)));
}

export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  return bom ? concat(new Uint8Array([0xef, 0xbb, 0xbf]), body) : body;
}

export function utf16(text: string, endian: "le" | "be", bom = true): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  let offset = 0;
  const put = (code: number) => {
    out[offset++] = endian === "le" ? code & 0xff : code >> 8;
    out[offset++] = endian === "le" ? code >> 8 : code & 0xff;
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < text.length; i++) put(text.charCodeAt(i));
  return out;
}

const cp1257 = (() => {
  const decoder = new TextDecoder("windows-1257");
  const map = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) map.set(decoder.decode(new Uint8Array([byte])), byte);
  return map;
})();

export function windows1257(text: string): Uint8Array {
  return new Uint8Array(
    [...text].map((char) => {
      const byte = cp1257.get(char);
      if (byte === undefined) throw new Error(`not in Windows-1257: ${char}`);
      return byte;
    }),
  );
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Meta Business Suite's page-level metric file: UTF-16 LE with BOM, sep line, metric name, Date,Primary. */
export const metaPageReachText =
  'sep=,\r\n"Facebook Page reach"\r\n"Date","Primary"\r\n"2026-03-01T00:00:00","1200"\r\n"2026-03-02T00:00:00","1,450"\r\n"2026-03-03T00:00:00","980"\r\n';

/** An Instagram post export saved again by Latvian Excel: `;`, decimal comma, no-break-space groups, Windows-1257. */
export const latvianInstagramText =
  "Post ID;Account ID;Account username;Account name;Description;Duration (sec);Publish time;Permalink;Post type;Data comment;Date;Views;Reach;Likes;Shares;Follows;Comments;Saves\r\n" +
  "18034567890123459;17841400000000001;rigasbeans;Rīgas pupiņas;Pavasara ēdienkarte — šķīvis ar ķiršiem;0;03/25/2025 22:00;https://www.instagram.com/p/C5ddddddddd/;IG image;;Lifetime;12\u00a0400;9\u00a0870,0;512;12;3;40;61\r\n";

type Cell = string | number | { formula: string; value: number };

function cellXml(ref: string, cell: Cell): string {
  if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === "object") return `<c r="${ref}"><f>${cell.formula}</f><v>${cell.value}</v></c>`;
  const escaped = cell.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escaped}</t></is></c>`;
}

function column(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A real XLSX package (the parts Excel needs) with one sheet per entry. */
export function xlsx(sheets: { name: string; rows: Cell[][] }[]): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((sheet, i) => `<sheet name="${sheet.name.replace(/&/g, "&amp;")}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`,
    ),
  };
  sheets.forEach((sheet, i) => {
    const rows = sheet.rows.map((row, r) => `<row r="${r + 1}">${row.map((cell, c) => cellXml(`${column(c)}${r + 1}`, cell)).join("")}</row>`).join("");
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
    );
  });
  return zipSync(files);
}

/** LinkedIn's Page content export: a note on row 1, headers on row 2, two sheets. */
export function linkedinWorkbook(): Uint8Array {
  const note = "Aggregated metrics for Northwind Café from Mar 1, 2026 to Mar 3, 2026";
  return xlsx([
    {
      name: "Update metrics (aggregated)",
      rows: [
        [note],
        [
          "Date",
          "Impressions (organic)",
          "Impressions (sponsored)",
          "Impressions (total)",
          "Unique impressions (organic)",
          "Clicks (organic)",
          "Clicks (sponsored)",
          "Clicks (total)",
          "Reactions (organic)",
          "Reactions (sponsored)",
          "Reactions (total)",
          "Comments (organic)",
          "Comments (sponsored)",
          "Comments (total)",
          "Reposts (organic)",
          "Reposts (sponsored)",
          "Reposts (total)",
          "Engagement rate (organic)",
          "Engagement rate (sponsored)",
          "Engagement rate (total)",
        ],
        ["03/01/2026", 900, 0, 900, 610, 31, 0, 31, 22, 0, 22, 3, 0, 3, 1, 0, 1, 0.063, 0, 0.063],
        ["03/02/2026", 1100, 200, { formula: "B4+C4", value: 1300 }, 750, 40, 5, 45, 30, 2, 32, 4, 0, 4, 2, 0, 2, 0.064, 0.035, 0.064],
        [46084, 800, 0, 800, 540, 20, 0, 20, 15, 0, 15, 2, 0, 2, 0, 0, 0, 0.046, 0, 0.046],
      ],
    },
    {
      name: "All posts",
      rows: [
        ["All posts data for Northwind Café"],
        [
          "Post title",
          "Post link",
          "Post type",
          "Campaign name",
          "Posted by",
          "Created date",
          "Audience",
          "Impressions",
          "Views",
          "Clicks",
          "Click through rate (CTR)",
          "Likes",
          "Comments",
          "Reposts",
          "Follows",
          "Engagement rate",
          "Content Type",
        ],
        [
          "We're hiring a weekend barista — join us!",
          "https://www.linkedin.com/feed/update/urn:li:activity:7100000000000000001",
          "Organic",
          "",
          "Ana Bērziņa",
          "03/01/2026",
          "All followers",
          1500,
          0,
          60,
          0.04,
          41,
          6,
          3,
          2,
          0.073,
          "Text",
        ],
        [
          '=HYPERLINK("x") is a caption, not a formula',
          "https://www.linkedin.com/feed/update/urn:li:activity:7100000000000000002",
          "Organic",
          "",
          "Ana Bērziņa",
          "03/03/2026",
          "All followers",
          980,
          120,
          22,
          0.022,
          19,
          2,
          1,
          0,
          0.045,
          "Video",
        ],
      ],
    },
  ]);
}

export function zip(files: Record<string, Uint8Array | string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, body]) => [name, typeof body === "string" ? strToU8(body) : body])));
}

/** A ~64 KB file that inflates to 64 MB of zeros: a ratio no export has. */
export function zipBomb(): Uint8Array {
  return zipSync({ "Content.csv": new Uint8Array(64 * 1024 * 1024) }, { level: 6 });
}
