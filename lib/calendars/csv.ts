import Papa from "papaparse";
import type { ContentFormat, EntryStatus, Platform } from "@/lib/db/generated/enums";
import { CSV_MAX_BYTES, CSV_MAX_ROWS, PILLAR_MAX, TOPIC_MAX, type EntryFields } from "./schema";
import { toIsoDate } from "@/lib/dates";
import { cleanLine, cleanMultiline } from "@/lib/validation";
import { isWithin } from "./period";

// The one CSV parser for calendar imports: the preview in the browser and the
// server's import run the same code on the same text, so what the preview
// accepts is exactly what is saved (and the server still decides).

export const csvColumns = ["date", "time", "platform", "format", "caption", "status", "pillar"] as const;
export type CsvColumn = (typeof csvColumns)[number];
const requiredColumns: CsvColumn[] = ["date", "platform", "format", "caption"];

/** Header names people use, compared without case, spaces or punctuation. */
const columnAliases: Record<CsvColumn, string[]> = {
  date: ["date", "day", "publishdate", "postdate"],
  time: ["time", "publishtime", "posttime"],
  platform: ["platform", "channel", "network"],
  format: ["format", "type", "contenttype", "posttype"],
  caption: ["caption", "topic", "captiondraft", "copy", "text", "post"],
  status: ["status", "state"],
  pillar: ["pillar", "contentpillar", "theme"],
};

const platformAliases: Record<string, Platform> = {
  instagram: "INSTAGRAM",
  ig: "INSTAGRAM",
  insta: "INSTAGRAM",
  facebook: "FACEBOOK",
  fb: "FACEBOOK",
  meta: "FACEBOOK",
  x: "X",
  twitter: "X",
  xtwitter: "X",
  twitterx: "X",
  tw: "X",
  linkedin: "LINKEDIN",
  li: "LINKEDIN",
  tiktok: "TIKTOK",
  tt: "TIKTOK",
  youtube: "YOUTUBE",
  yt: "YOUTUBE",
  youtubeshorts: "YOUTUBE",
  pinterest: "PINTEREST",
  pin: "PINTEREST",
  threads: "THREADS",
  snapchat: "SNAPCHAT",
  snap: "SNAPCHAT",
  other: "OTHER",
};

const formatAliases: Record<string, ContentFormat> = {
  imagepost: "IMAGE_POST",
  image: "IMAGE_POST",
  photo: "IMAGE_POST",
  picture: "IMAGE_POST",
  post: "IMAGE_POST",
  static: "IMAGE_POST",
  graphic: "IMAGE_POST",
  carousel: "CAROUSEL",
  album: "CAROUSEL",
  slideshow: "CAROUSEL",
  slides: "CAROUSEL",
  shortvideo: "SHORT_VIDEO",
  reel: "SHORT_VIDEO",
  reels: "SHORT_VIDEO",
  short: "SHORT_VIDEO",
  shorts: "SHORT_VIDEO",
  video: "SHORT_VIDEO",
  shortvideoreel: "SHORT_VIDEO",
  tiktok: "SHORT_VIDEO",
  story: "STORY",
  stories: "STORY",
  textpost: "TEXT_POST",
  text: "TEXT_POST",
  tweet: "TEXT_POST",
  update: "TEXT_POST",
  thread: "THREAD",
  article: "ARTICLE",
  blog: "ARTICLE",
  blogpost: "ARTICLE",
  newsletter: "ARTICLE",
  live: "LIVE",
  livestream: "LIVE",
  livevideo: "LIVE",
  ad: "AD",
  ads: "AD",
  paid: "AD",
  sponsored: "AD",
  advert: "AD",
};

const statusAliases: Record<string, EntryStatus> = {
  idea: "IDEA",
  backlog: "IDEA",
  todo: "IDEA",
  draft: "DRAFT",
  drafting: "DRAFT",
  inprogress: "DRAFT",
  wip: "DRAFT",
  writing: "DRAFT",
  scheduled: "SCHEDULED",
  planned: "SCHEDULED",
  ready: "SCHEDULED",
  approved: "SCHEDULED",
  published: "PUBLISHED",
  posted: "PUBLISHED",
  done: "PUBLISHED",
  live: "PUBLISHED",
};

export type CsvIssueCode =
  | "empty"
  | "tooLarge"
  | "tooManyRows"
  | "missingColumns"
  | "duplicateColumn"
  | "malformed"
  | "missingDate"
  | "badDate"
  | "outsidePeriod"
  | "badTime"
  | "missingPlatform"
  | "unknownPlatform"
  | "missingFormat"
  | "unknownFormat"
  | "unknownStatus"
  | "missingCaption"
  | "captionTooLong"
  | "pillarTooLong";

/** A problem, with the spreadsheet row it is on (the header is row 1) and the offending value. */
export type CsvIssue = { code: CsvIssueCode; row?: number; value?: string };

export type CsvRow = {
  /** The row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  cells: Partial<Record<CsvColumn, string>>;
  /** The entry this row becomes, or null when it has issues. */
  entry: EntryFields | null;
  issues: CsvIssue[];
};

export type CsvParseResult = {
  rows: CsvRow[];
  /** Problems with the file as a whole (empty, too large, missing columns...). */
  fileIssues: CsvIssue[];
  /** True when the file and every row are fine: then `rows` all have an entry. */
  ok: boolean;
};

/** Lower-case letters and digits only: "Short video" → "shortvideo", "X (Twitter)" → "xtwitter". */
export function normalizeKey(value: string): string {
  return value
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

export function parsePlatform(value: string): Platform | null {
  const key = normalizeKey(value);
  return platformAliases[key] ?? null;
}

export function parseFormat(value: string): ContentFormat | null {
  return formatAliases[normalizeKey(value)] ?? null;
}

export function parseStatus(value: string): EntryStatus | null {
  return statusAliases[normalizeKey(value)] ?? null;
}

function isoFrom(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return toIsoDate(date);
}

/**
 * The text of an uploaded CSV file: UTF-8 when the bytes are valid UTF-8 (BOM or not), else
 * Windows-1257, what Latvian Excel writes by default (Node's full ICU and browsers both decode it).
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1257").decode(bytes);
  }
}

/** "2026-03-05", "05.03.2026", "05.03.2026." (Latvian), "5.3.2026" or "05/03/2026" (day first) → "2026-03-05"; null otherwise. */
export function parseCsvDate(value: string): string | null {
  const text = value.trim().replace(/^(\d{1,2}\.\d{1,2}\.\d{4})\.$/, "$1");
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return isoFrom(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})$/.exec(text);
  if (dayFirst) return isoFrom(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
  return null;
}

/** "9:05" or "09:05" → "09:05"; "" → null; anything else → undefined (invalid). */
export function parseCsvTime(value: string): string | null | undefined {
  const text = value.trim();
  if (!text) return null;
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return undefined;
  return `${match[1]!.padStart(2, "0")}:${match[2]}`;
}

/** More lines than this is never a file of CSV_MAX_ROWS rows, even with multi-line captions. */
const CSV_MAX_LINES = CSV_MAX_ROWS * 10;

function countLines(text: string): number {
  let count = 1;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) count++;
  return count;
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

function failed(code: CsvIssueCode, value?: string): CsvParseResult {
  return { rows: [], fileIssues: [{ code, ...(value ? { value } : {}) }], ok: false };
}

/** Maps each known column to its index in the header row; unknown headers are ignored. */
function readHeader(header: string[]): { columns: Partial<Record<CsvColumn, number>>; issues: CsvIssue[] } {
  const columns: Partial<Record<CsvColumn, number>> = {};
  const issues: CsvIssue[] = [];
  header.forEach((name, index) => {
    const key = normalizeKey(name);
    const column = csvColumns.find((candidate) => columnAliases[candidate].includes(key));
    if (!column) return;
    if (columns[column] !== undefined) issues.push({ code: "duplicateColumn", row: 1, value: name.trim() });
    else columns[column] = index;
  });
  const missing = requiredColumns.filter((column) => columns[column] === undefined);
  if (missing.length > 0) issues.push({ code: "missingColumns", row: 1, value: missing.join(", ") });
  return { columns, issues };
}

function readRow(row: number, cells: Partial<Record<CsvColumn, string>>, period: { start: string; end: string }): CsvRow {
  const issues: CsvIssue[] = [];
  const issue = (code: CsvIssueCode, value?: string) => issues.push({ code, row, ...(value !== undefined ? { value } : {}) });

  const rawDate = cells.date ?? "";
  const date = parseCsvDate(rawDate);
  if (!rawDate.trim()) issue("missingDate");
  else if (!date) issue("badDate", rawDate.trim());
  else if (!isWithin(date, period)) issue("outsidePeriod", rawDate.trim());

  const time = parseCsvTime(cells.time ?? "");
  if (time === undefined) issue("badTime", (cells.time ?? "").trim());

  const rawPlatform = (cells.platform ?? "").trim();
  const platform = parsePlatform(rawPlatform);
  if (!rawPlatform) issue("missingPlatform");
  else if (!platform) issue("unknownPlatform", rawPlatform);

  const rawFormat = (cells.format ?? "").trim();
  const format = parseFormat(rawFormat);
  if (!rawFormat) issue("missingFormat");
  else if (!format) issue("unknownFormat", rawFormat);

  const rawStatus = (cells.status ?? "").trim();
  const status = rawStatus ? parseStatus(rawStatus) : "IDEA";
  if (!status) issue("unknownStatus", rawStatus);

  // Stored as typed, minus control characters (PostgreSQL refuses NUL): the same cleaning as the entry form.
  const topic = cleanMultiline(cells.caption ?? "").trim();
  if (!topic) issue("missingCaption");
  else if (topic.length > TOPIC_MAX) issue("captionTooLong");

  const pillar = cleanLine(cells.pillar ?? "").trim();
  if (pillar.length > PILLAR_MAX) issue("pillarTooLong");

  const entry =
    issues.length === 0 && date && time !== undefined && platform && format && status ? { date, time, platform, format, topic, pillar, status } : null;
  return { row, cells, entry, issues };
}

/**
 * Parses a calendar CSV: UTF-8 with or without BOM, comma or semicolon
 * separated (detected), quoted fields may hold separators and newlines. Every
 * row is checked against the calendar's `period` (ISO first/last day); the
 * result lists each row with its issues so the preview can show them all.
 */
export function parseCalendarCsv(input: string, period: { start: string; end: string }): CsvParseResult {
  if (byteLength(input) > CSV_MAX_BYTES) return failed("tooLarge");
  const text = input.replace(/^\uFEFF/, "");
  if (!text.trim()) return failed("empty");
  // A file with far more lines than rows allowed is refused before it is parsed
  // (quoted captions may span lines, hence the slack; lines >= records).
  const lines = countLines(text);
  if (lines > CSV_MAX_LINES) return failed("tooManyRows", String(lines));

  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimitersToGuess: [",", ";", "\t"] });
  const records = parsed.data;
  // Papa reports a row index; +1 for our 1-based rows. Unclosed quotes swallow the rest of the file, so stop there.
  const broken = parsed.errors.find((error) => error.type === "Quotes");
  if (broken) return failed("malformed", String((broken.row ?? 0) + 1));

  const [header = [], ...body] = records;
  const { columns, issues: headerIssues } = readHeader(header);
  if (headerIssues.length > 0) return { rows: [], fileIssues: headerIssues, ok: false };

  const dataRows = body.map((cells, index) => ({ cells, row: index + 2 })).filter(({ cells }) => cells.some((cell) => cell.trim() !== ""));
  if (dataRows.length === 0) return failed("empty");
  if (dataRows.length > CSV_MAX_ROWS) return failed("tooManyRows", String(dataRows.length));

  const rows = dataRows.map(({ cells, row }) => {
    const named: Partial<Record<CsvColumn, string>> = {};
    for (const column of csvColumns) {
      const index = columns[column];
      if (index !== undefined) named[column] = cells[index] ?? "";
    }
    return readRow(row, named, period);
  });
  return { rows, fileIssues: [], ok: rows.every((row) => row.entry !== null) };
}

/** The spreadsheet row numbers of the rows that have problems, in file order. */
export function badRowNumbers(result: CsvParseResult): number[] {
  return result.rows.filter((row) => row.entry === null).map((row) => row.row);
}

/**
 * The entries an import saves: every row when all are fine; with `skipRows`,
 * the good rows, but only when the bad rows are exactly the ones the user saw
 * and chose to skip (the file changed otherwise) and at least one row is good.
 * Null when nothing may be imported. File-level problems are never skipped.
 */
export function importableEntries(result: CsvParseResult, skipRows: readonly number[] = []): EntryFields[] | null {
  if (result.fileIssues.length > 0 || result.rows.length === 0) return null;
  const bad = badRowNumbers(result);
  const skip = [...new Set(skipRows)].sort((a, b) => a - b);
  if (bad.length !== skip.length || bad.some((row, index) => row !== skip[index])) return null;
  const entries = result.rows.flatMap((row) => (row.entry ? [row.entry] : []));
  return entries.length > 0 ? entries : null;
}

/** The downloadable example: every column, friendly values, a quoted caption with a comma and a line break. */
export function exampleCsv(month: string): string {
  return [
    "date,time,platform,format,caption,status,pillar",
    `${month}-02,09:00,Instagram,Reel,"Behind the scenes: how we roast, in 30 seconds",scheduled,Education`,
    `${month}-04,,LinkedIn,Article,"Why we switched to compostable cups\n(with numbers)",draft,Sustainability`,
    `${month}-07,12:30,TikTok,Short video,Barista tries the new spring menu,idea,Product`,
    `${month}-09,18:00,X,Text post,Poll: oat or almond?,scheduled,Community`,
  ].join("\n");
}
