// LinkedIn "Get a copy of your data" archives and JSON Resume files, built from the fixtures in
// tests/fixtures/profile-import/ (written from LinkedIn's and jsonresume.org's documented headers and fields).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SaveProfileImportInput } from "@/lib/profile-import/schema";
import type { ProfileImportRead } from "@/lib/profile-import/types";
import { zip } from "./import-fixtures";

export const profileFixtureDir = path.join(import.meta.dirname, "../fixtures/profile-import");

export function profileFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(profileFixtureDir, name)));
}

/** The LinkedIn data ZIP as LinkedIn names it: every CSV at the top level, plus `extra` entries (or replacements). */
export function linkedInZip(extra: Record<string, Uint8Array | string> = {}): Uint8Array {
  const dir = path.join(profileFixtureDir, "linkedin");
  const files: Record<string, Uint8Array | string> = {};
  for (const name of readdirSync(dir)) files[name] = new Uint8Array(readFileSync(path.join(dir, name)));
  return zip({ ...files, ...extra });
}

/** The choice that takes every entry read, duplicates included, and neither the headline nor the summary. */
export function everyEntry(read: Pick<ProfileImportRead, "entries">): SaveProfileImportInput {
  return {
    headline: null,
    summary: null,
    certifications: read.entries.certification.map((entry) => entry.data),
    experience: read.entries.experience.map((entry) => entry.data),
    education: read.entries.education.map((entry) => entry.data),
    skills: read.entries.skill.map((entry) => entry.data),
  };
}
