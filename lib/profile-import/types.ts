import type { z } from "zod";
import type { profileEntrySchemas, ProfileEntryKind } from "./schema";

export type ProfileSource = "linkedin" | "jsonResume";

/** An entry as its credential form sends it (what the preview shows and the save takes back). */
export type ProfileEntryInput<K extends ProfileEntryKind = ProfileEntryKind> = z.input<(typeof profileEntrySchemas)[K]>;

/** Why an entry was changed on the way in (messages: profileImport.notes.<code>). */
export type ProfileEntryNote = "urlDropped" | "recognised" | "endBeforeStart" | "asTool";

export type ProfileEntryPreview<K extends ProfileEntryKind = ProfileEntryKind> = {
  kind: K;
  data: ProfileEntryInput<K>;
  /** The portfolio already holds it (same rule as the save): shown unticked and not saved again. */
  duplicate: boolean;
  notes: ProfileEntryNote[];
  /** A guide certificate this one was recognised as (lib/credentials/presets.ts key). */
  preset?: string;
};

/** An entry that cannot be imported as it is: shown with its reasons, never saved. */
export type ProfileEntryProblem = { kind: ProfileEntryKind; label: string; problems: string[] };

/** Something in the file we have no place for (languages, projects), shown with why. */
export type ProfileSkipped = { kind: "language" | "project"; label: string };

export type ProfileImportRead = {
  source: ProfileSource;
  headline: string;
  summary: string;
  /** Cut at a word to fit the profile's limits (140 and 2,000 characters). */
  shortened: { headline: boolean; summary: boolean };
  entries: { [K in ProfileEntryKind]: ProfileEntryPreview<K>[] };
  problems: ProfileEntryProblem[];
  skipped: ProfileSkipped[];
};

export type ProfileImportPreview = ProfileImportRead & {
  /** What the portfolio holds today: the headline and summary are offered ticked only where it has none. */
  current: { headline: string; summary: string };
};

export type ProfileImportResult = {
  created: { certifications: number; experience: number; education: number; skills: number };
  skippedDuplicates: number;
  headline: boolean;
  summary: boolean;
};
