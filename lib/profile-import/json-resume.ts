// A JSON Resume document (https://jsonresume.org/schema), checked against the published schema
// (npm @jsonresume/schema's schema.json, with jsonschema, the validator that package itself uses)
// before anything is read. One relaxation: a "uri" format error is not a refusal, because an empty
// or broken link must never cost an entry (the link is dropped instead, as for LinkedIn).
import resumeSchema from "@jsonresume/schema/schema.json";
import { Validator } from "jsonschema";
import { emptyRawProfile, profileFileProblem, type RawProfile } from "./read";

type Json = Record<string, unknown>;

/** The schema's first real error as "work[0].startDate: does not match pattern …", or null when valid. */
export function jsonResumeProblem(document: unknown): string | null {
  const result = new Validator().validate(document, resumeSchema as never);
  const errors = result.errors.filter((error) => !(error.name === "format" && error.argument === "uri"));
  const first = errors[0];
  if (!first) return null;
  const where = first.property.replace(/^instance\.?/, "") || "(document)";
  return `${where}: ${first.message}`;
}

const str = (value: unknown): string => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter((item): item is Json => typeof item === "object" && item !== null) : []);

/** Entries of `skills` named like these hold tools in their keywords (our own JSON Resume export writes "Tools"). */
const TOOL_GROUP = /^(tools?|software|platforms?|rīki)$/i;

export function readJsonResume(document: unknown): RawProfile {
  if (typeof document !== "object" || document === null || Array.isArray(document)) throw profileFileProblem("unrecognised");
  const known = ["basics", "work", "volunteer", "education", "certificates", "skills", "languages", "projects"];
  if (!known.some((key) => key in document)) throw profileFileProblem("unrecognised");
  const problem = jsonResumeProblem(document);
  if (problem) throw profileFileProblem("schema", problem);

  const resume = document as Json;
  const basics = (typeof resume.basics === "object" && resume.basics !== null ? resume.basics : {}) as Json;
  const raw = emptyRawProfile("jsonResume");
  raw.headline = str(basics.label);
  raw.summary = str(basics.summary);
  const job = (volunteer: boolean) => (item: Json) => ({
    role: str(item.position),
    organization: str(volunteer ? (item.organization ?? item.name) : (item.name ?? item.company)),
    volunteer,
    start: str(item.startDate),
    end: str(item.endDate),
    description: [str(item.summary), ...(Array.isArray(item.highlights) ? item.highlights.map((line) => `- ${str(line)}`) : [])].filter(Boolean).join("\n"),
  });
  raw.experience = [...list(resume.work).map(job(false)), ...list(resume.volunteer).map(job(true))];
  raw.education = list(resume.education).map((item) => ({
    school: str(item.institution),
    degree: str(item.studyType),
    field: str(item.area),
    start: str(item.startDate),
    end: str(item.endDate),
  }));
  raw.certifications = list(resume.certificates).map((item) => ({
    name: str(item.name),
    issuer: str(item.issuer),
    issuedAt: str(item.date),
    expiresAt: "",
    credentialId: "",
    url: str(item.url),
  }));
  raw.skills = list(resume.skills).flatMap((item): RawProfile["skills"] => {
    const keywords = Array.isArray(item.keywords) ? item.keywords.map(str).filter(Boolean) : [];
    if (TOOL_GROUP.test(str(item.name).trim())) return keywords.map((name) => ({ name, level: "", tool: true }));
    return [{ name: str(item.name), level: str(item.level), tool: false }];
  });
  raw.languages = list(resume.languages)
    .map((item) => [str(item.language), str(item.fluency)].filter(Boolean).join(" — "))
    .filter(Boolean);
  raw.projects = list(resume.projects)
    .map((item) => str(item.name))
    .filter(Boolean);
  return raw;
}
