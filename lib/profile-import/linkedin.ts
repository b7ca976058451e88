// LinkedIn's "Get a copy of your data" ZIP: one CSV per kind (Profile, Positions, Education,
// Certifications, Skills, Languages, Projects), found by name anywhere in the archive and checked
// by its header row. Some files start with a "Notes:" preamble before the header; cells may be
// quoted over several lines. Every other file of the ZIP is skipped without being kept. The ZIP is
// read with lib/imports/zip.ts (size, ratio, entry count and path limits).
import { readCsv } from "@/lib/imports/csv";
import { decodeText } from "@/lib/imports/decode";
import { ImportFileError } from "@/lib/imports/errors";
import { collectEntry, readZip, type ZipEntrySink } from "@/lib/imports/zip";
import { emptyRawProfile, profileFileProblem, type RawProfile } from "./read";

/** The files we read, by lower-case base name, with the header cells that identify each. */
const FILES = {
  "profile.csv": ["First Name", "Headline"],
  "positions.csv": ["Company Name", "Title"],
  "education.csv": ["School Name"],
  "certifications.csv": ["Name", "Authority"],
  "skills.csv": ["Name"],
  "languages.csv": ["Name"],
  "projects.csv": ["Title"],
} as const;
type FileName = keyof typeof FILES;

/** A profile CSV is small (a career, not analytics): more than this is refused before it is read. */
export const MAX_PROFILE_CSV_BYTES = 5 * 1024 * 1024;

function capped(sink: ZipEntrySink): ZipEntrySink {
  let total = 0;
  return {
    data(chunk) {
      total += chunk.length;
      if (total > MAX_PROFILE_CSV_BYTES) throw new ImportFileError("entryTooLarge");
      sink.data(chunk);
    },
    end: () => sink.end(),
  };
}

/** The rows of a LinkedIn CSV as header → cell records; the header is the first row holding the expected names (a preamble is skipped). */
export function linkedInRows(text: string, expected: readonly string[]): Record<string, string>[] | null {
  const records = readCsv(text, { delimiter: "," });
  const headerAt = records.findIndex((record) => expected.every((name) => record.cells.some((cell) => cell.trim() === name)));
  if (headerAt < 0) return null;
  const headers = records[headerAt]!.cells.map((cell) => cell.trim());
  return records.slice(headerAt + 1).map((record) => Object.fromEntries(headers.map((header, index) => [header, record.cells[index] ?? ""])));
}

export function readLinkedInZip(bytes: Uint8Array): RawProfile {
  const texts = new Map<FileName, string>();
  readZip(bytes, (name) => {
    const base = (name.split("/").pop() ?? "").toLowerCase();
    if (!(base in FILES) || texts.has(base as FileName)) return null;
    return capped(collectEntry((data) => texts.set(base as FileName, decodeText(data).text)));
  });
  const rowsOf = (file: FileName) => {
    const text = texts.get(file);
    return text === undefined ? [] : (linkedInRows(text, FILES[file]) ?? []);
  };
  const raw = emptyRawProfile("linkedin");
  if (![...texts.keys()].some((file) => linkedInRows(texts.get(file)!, FILES[file]) !== null)) throw profileFileProblem("unrecognised");

  const profile = rowsOf("profile.csv")[0];
  if (profile) {
    raw.headline = profile["Headline"] ?? "";
    raw.summary = profile["Summary"] ?? "";
  }
  raw.experience = rowsOf("positions.csv").map((row) => ({
    role: row["Title"] ?? "",
    organization: row["Company Name"] ?? "",
    volunteer: false,
    start: row["Started On"] ?? "",
    end: row["Finished On"] ?? "",
    description: row["Description"] ?? "",
  }));
  raw.education = rowsOf("education.csv").map((row) => ({
    school: row["School Name"] ?? "",
    degree: row["Degree Name"] ?? "",
    field: "",
    start: row["Start Date"] ?? "",
    end: row["End Date"] ?? "",
  }));
  raw.certifications = rowsOf("certifications.csv").map((row) => ({
    name: row["Name"] ?? "",
    issuer: row["Authority"] ?? "",
    issuedAt: row["Started On"] ?? "",
    expiresAt: row["Finished On"] ?? "",
    credentialId: row["License Number"] ?? "",
    url: row["Url"] ?? "",
  }));
  raw.skills = rowsOf("skills.csv").map((row) => ({ name: row["Name"] ?? "", level: "", tool: false }));
  raw.languages = rowsOf("languages.csv")
    .map((row) => [row["Name"], row["Proficiency"]].filter(Boolean).join(" — "))
    .filter(Boolean);
  raw.projects = rowsOf("projects.csv")
    .map((row) => row["Title"] ?? "")
    .filter(Boolean);
  return raw;
}
