// A small XLSX reader for the workbooks platforms export (LinkedIn, TikTok): sheet names, shared
// strings and cell values from the sheet XML. Formulas are never evaluated: a formula cell gives
// its cached value, as text. Why not exceljs: it pulls in a dozen dependencies and reads whole
// workbooks into objects; we only need rows of text from a few sheets.
import { readZip, collectEntry } from "./zip";
import { ImportFileError } from "./errors";

export type SheetRow = { cells: string[]; line: number };
export type Sheet = { name: string; rows: SheetRow[] };

const decoder = new TextDecoder("utf-8");

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] === "#") {
      const code = entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity as "amp"];
  });
}

function attribute(attrs: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return match ? unescapeXml(match[1]!) : null;
}

/** The text of `<t>` runs inside an element (rich text has several), phonetic runs left out. */
function textRuns(xml: string): string {
  let out = "";
  const withoutPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  for (const match of withoutPhonetic.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += unescapeXml(match[1] ?? "");
  return out;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const c of ref.replace(/\d+$/, "")) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

function parseSheet(xml: string, shared: string[]): SheetRow[] {
  const rows: SheetRow[] = [];
  let fallbackLine = 0;
  for (const rowMatch of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const line = Number(attribute(rowMatch[1]!, "r") ?? fallbackLine + 1);
    fallbackLine = line;
    const cells: string[] = [];
    let next = 0;
    for (const cellMatch of (rowMatch[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cellMatch[1]!;
      const body = cellMatch[2] ?? "";
      const ref = attribute(attrs, "r");
      const index = ref ? columnIndex(ref) : next;
      if (index < 0 || index > 500) continue;
      const type = attribute(attrs, "t");
      const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value = "";
      if (type === "s") value = shared[Number(raw)] ?? "";
      else if (type === "inlineStr") value = textRuns(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? "");
      else if (type === "b") value = raw === "1" ? "TRUE" : "FALSE";
      else value = raw === undefined ? "" : unescapeXml(raw);
      while (cells.length < index) cells.push("");
      cells[index] = value;
      next = index + 1;
    }
    if (cells.some((cell) => cell.trim() !== "")) rows.push({ cells, line });
  }
  return rows;
}

/** Workbook parts, collected from a ZIP stream. */
export type WorkbookParts = Map<string, Uint8Array>;

export function isWorkbookPart(name: string): boolean {
  return name === "xl/workbook.xml" || name === "xl/_rels/workbook.xml.rels" || name === "xl/sharedStrings.xml" || /^xl\/worksheets\/[^/]+\.xml$/.test(name);
}

/** The sheets of a workbook whose parts were collected (in workbook order). */
export function readWorkbookParts(parts: WorkbookParts): Sheet[] {
  const text = (name: string) => {
    const bytes = parts.get(name);
    return bytes ? decoder.decode(bytes) : null;
  };
  const workbook = text("xl/workbook.xml");
  if (!workbook) throw new ImportFileError("badWorkbook");
  const rels = new Map<string, string>();
  for (const match of (text("xl/_rels/workbook.xml.rels") ?? "").matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attribute(match[1]!, "Id");
    const target = attribute(match[1]!, "Target");
    if (id && target) rels.set(id, target.replace(/^\/?xl\//, "").replace(/^\//, ""));
  }
  const shared: string[] = [];
  for (const match of (text("xl/sharedStrings.xml") ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)) shared.push(textRuns(match[1]!));

  const sheets: Sheet[] = [];
  for (const match of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = attribute(match[1]!, "name") ?? "";
    const relId = attribute(match[1]!, "r:id");
    const target = relId ? rels.get(relId) : undefined;
    const xml = target ? text(`xl/${target}`) : null;
    if (xml) sheets.push({ name, rows: parseSheet(xml, shared) });
  }
  return sheets;
}

/** The sheets of an XLSX file. */
export function readXlsx(bytes: Uint8Array): Sheet[] {
  const parts: WorkbookParts = new Map();
  readZip(bytes, (name) => (isWorkbookPart(name) ? collectEntry((data) => parts.set(name, data)) : null));
  return readWorkbookParts(parts);
}
