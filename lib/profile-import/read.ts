// An uploaded profile file → the neutral "profile import": every entry in its credential form's
// shape, checked with that form's schema. A LinkedIn data ZIP or a JSON Resume, told apart by their
// bytes (a ZIP, or a JSON document), never by the file's name. Pure: nothing is read from or
// written to the database here.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { certificationPresets, toolPresets } from "@/lib/credentials/presets";
import { ImportFileError } from "@/lib/imports/errors";
import { decodeText } from "@/lib/imports/decode";
import { isZip } from "@/lib/imports/zip";
import { cleanLine, optionalHttpUrl } from "@/lib/validation";
import { readJsonResume } from "./json-resume";
import { readLinkedInZip } from "./linkedin";
import { MAX_PROFILE_ENTRIES, PROFILE_HEADLINE_MAX, PROFILE_SUMMARY_MAX, profileEntrySchemas, type ProfileEntryKind } from "./schema";
import type { ProfileEntryNote, ProfileEntryPreview, ProfileImportRead, ProfileSource } from "./types";

/** What a parser hands on: the file's own values, as text, before any of our rules. */
export type RawProfile = {
  source: ProfileSource;
  headline: string;
  summary: string;
  certifications: { name: string; issuer: string; issuedAt: string; expiresAt: string; credentialId: string; url: string }[];
  experience: { role: string; organization: string; volunteer: boolean; start: string; end: string; description: string }[];
  education: { school: string; degree: string; field: string; start: string; end: string }[];
  skills: { name: string; level: string; tool: boolean }[];
  languages: string[];
  projects: string[];
};

export function emptyRawProfile(source: ProfileSource): RawProfile {
  return { source, headline: "", summary: "", certifications: [], experience: [], education: [], skills: [], languages: [], projects: [] };
}

/** A refusal of the whole file; `code` is a key of profileImport.errors. */
export function profileFileProblem(code: "unrecognised" | "badJson" | "schema" | "tooManyEntries" | "empty", detail?: string): AppError {
  return new AppError("VALIDATION", { fieldErrors: { file: [`profileImport.errors.${code}`, ...(detail ? [detail] : [])] } });
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A date as LinkedIn ("Jan 2020", "January 2020", "Jan 15, 2020", "2020") or JSON Resume
 * ("2020", "2020-01", "2020-01-15") write it → "YYYY-MM-DD" (the first day where the day or month
 * is missing). "" for an empty value; the text as it was when it is no date, so the form's own
 * schema names the problem.
 */
export function toIsoDay(value: string): string {
  const text = value.trim();
  if (text === "") return "";
  let match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (match) return `${match[1]}-${match[2] ?? "01"}-${match[3] ?? "01"}`;
  match = /^([A-Za-z]{3,9})\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})$/.exec(text);
  if (match) {
    const month = MONTHS.indexOf(match[1]!.slice(0, 3).toLowerCase());
    if (month >= 0) return `${match[3]}-${pad(month + 1)}-${pad(Number(match[2] ?? 1))}`;
  }
  match = /^(\d{1,2})\/(\d{4})$/.exec(text);
  if (match) return `${match[2]}-${pad(Number(match[1]))}-01`;
  return text;
}

/** The year of a date in any of those styles, or null. */
export function toYear(value: string): number | "" | string {
  const iso = toIsoDay(value);
  if (iso === "") return "";
  const match = /^(\d{4})-/.exec(iso);
  return match ? Number(match[1]) : value.trim();
}

const presetPatterns: Record<(typeof certificationPresets)[number]["key"], RegExp> = {
  hootsuite: /hootsuite/i,
  hubspot: /hubspot/i,
  metaBlueprint: /blueprint|meta certified|facebook certified/i,
  googleAnalytics: /google analytics|\bGAIQ\b|\bGA4\b/i,
};

/** The guide's certificate a name/issuer pair is, if any (Hootsuite, HubSpot, Meta Blueprint, Google Analytics). */
export function recogniseCertificate(name: string, issuer: string): (typeof certificationPresets)[number] | null {
  const both = `${name} ${issuer}`;
  return certificationPresets.find((preset) => presetPatterns[preset.key].test(both)) ?? null;
}

const tools = new Set(toolPresets.map((tool) => tool.toLowerCase()));

function entry<K extends ProfileEntryKind>(read: ProfileImportRead, kind: K, label: string, data: unknown, notes: ProfileEntryNote[], preset?: string): void {
  const parsed = profileEntrySchemas[kind].safeParse(data);
  if (!parsed.success) {
    read.problems.push({ kind, label, problems: parsed.error.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`) });
    return;
  }
  const list = read.entries[kind] as ProfileEntryPreview<K>[];
  list.push({ kind, data: data as ProfileEntryPreview<K>["data"], duplicate: false, notes, ...(preset ? { preset } : {}) });
}

/** LinkedIn allows longer headlines (220) and "About" texts (2,600) than our profile: cut at a word, marked. */
export function fitText(value: string, max: number): { text: string; shortened: boolean } {
  const text = value.trim();
  if (text.length <= max) return { text, shortened: false };
  const cut = text.slice(0, max - 1);
  return { text: `${cut.replace(/\s+\S*$/, "") || cut}…`, shortened: true };
}

/** Parser output → entries in the credential forms' shapes, each checked with its form's schema. */
export function toProfileImport(raw: RawProfile): ProfileImportRead {
  const count = raw.certifications.length + raw.experience.length + raw.education.length + raw.skills.length;
  if (Math.max(raw.certifications.length, raw.experience.length, raw.education.length, raw.skills.length) > MAX_PROFILE_ENTRIES) {
    throw profileFileProblem("tooManyEntries", String(MAX_PROFILE_ENTRIES));
  }
  if (count === 0 && !raw.headline.trim() && !raw.summary.trim() && raw.languages.length + raw.projects.length === 0) throw profileFileProblem("empty");

  const headline = fitText(cleanLine(raw.headline), PROFILE_HEADLINE_MAX);
  const summary = fitText(raw.summary, PROFILE_SUMMARY_MAX);
  const read: ProfileImportRead = {
    source: raw.source,
    headline: headline.text,
    summary: summary.text,
    shortened: { headline: headline.shortened, summary: summary.shortened },
    entries: { certification: [], experience: [], education: [], skill: [] },
    problems: [],
    skipped: [...raw.languages.map((label) => ({ kind: "language" as const, label })), ...raw.projects.map((label) => ({ kind: "project" as const, label }))],
  };

  for (const cert of raw.certifications) {
    const notes: ProfileEntryNote[] = [];
    // An empty or broken link never costs the certificate: it is left out, and the preview says so.
    const url = optionalHttpUrl.safeParse(cert.url.trim());
    if (!url.success) notes.push("urlDropped");
    const preset = recogniseCertificate(cert.name, cert.issuer);
    if (preset) notes.push("recognised");
    let expiresAt = toIsoDay(cert.expiresAt);
    const issuedAt = toIsoDay(cert.issuedAt);
    if (expiresAt && issuedAt && expiresAt < issuedAt && /^\d{4}-\d{2}-\d{2}$/.test(expiresAt)) {
      expiresAt = "";
      notes.push("endBeforeStart");
    }
    const data = {
      name: cert.name.trim(),
      issuer: cert.issuer.trim() || preset?.issuer || "",
      issuedAt,
      expiresAt,
      credentialId: cert.credentialId.trim(),
      verifyUrl: url.success ? (url.data ?? "") : "",
    };
    entry(read, "certification", data.name || data.issuer, data, notes, preset?.key);
  }
  for (const job of raw.experience) {
    const end = toIsoDay(job.end);
    const role = job.role.trim();
    const kind = job.volunteer ? "VOLUNTEER" : /\bintern(ship)?\b|praktikant/i.test(role) ? "INTERNSHIP" : /freelanc/i.test(role) ? "FREELANCE" : "JOB";
    const data = {
      role,
      organization: job.organization.trim(),
      kind,
      startDate: toIsoDay(job.start),
      // An empty end date is the current position.
      endDate: end,
      current: end === "",
      description: job.description.trim(),
    };
    entry(read, "experience", [data.role, data.organization].filter(Boolean).join(" · "), data, []);
  }
  for (const school of raw.education) {
    const data = {
      school: school.school.trim(),
      degree: school.degree.trim(),
      field: school.field.trim(),
      startYear: toYear(school.start),
      endYear: toYear(school.end),
    };
    entry(read, "education", data.school, data, []);
  }
  const seenSkills = new Set<string>();
  for (const skill of raw.skills) {
    const name = skill.name.trim();
    const tool = skill.tool || tools.has(name.toLowerCase());
    const category = tool ? "TOOL" : "SKILL";
    const key = `${category}:${name.toLowerCase()}`;
    if (name === "" || seenSkills.has(key)) continue;
    seenSkills.add(key);
    entry(read, "skill", name, { name, category, level: skillLevel(skill.level) }, tool && !skill.tool ? ["asTool"] : []);
  }
  return read;
}

/** JSON Resume's free-text level → ours ("Master" is our top level); anything else: no level. */
function skillLevel(level: string): "" | "BEGINNER" | "INTERMEDIATE" | "ADVANCED" | "EXPERT" {
  const value = level.trim().toLowerCase();
  if (/^(beginner|basic|novice|junior)$/.test(value)) return "BEGINNER";
  if (/^(intermediate|medium|good)$/.test(value)) return "INTERMEDIATE";
  if (/^(advanced|senior|fluent)$/.test(value)) return "ADVANCED";
  if (/^(expert|master|native)$/.test(value)) return "EXPERT";
  return "";
}

/** Reads an uploaded file: a LinkedIn data ZIP or a JSON Resume document. Throws a VALIDATION AppError the wizard explains. */
export function readProfileFile(bytes: Uint8Array): ProfileImportRead {
  if (bytes.length === 0) throw profileFileProblem("empty");
  try {
    if (isZip(bytes)) return toProfileImport(readLinkedInZip(bytes));
    const { text } = decodeText(bytes);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw profileFileProblem(/^\s*[[{]/.test(text) ? "badJson" : "unrecognised");
    }
    return toProfileImport(readJsonResume(json));
  } catch (error) {
    if (error instanceof ImportFileError) throw new AppError("VALIDATION", { fieldErrors: { file: [`imports.fileErrors.${error.code}`] } });
    if (error instanceof z.ZodError) throw profileFileProblem("unrecognised");
    throw error;
  }
}
