import { z } from "zod";
import { upsertCertificationSchema, upsertEducationSchema, upsertExperienceSchema, upsertSkillSchema } from "@/lib/credentials/schema";
import { BIO_MAX, updateProfileSchema } from "@/lib/portfolio/schema";
import { LIMITS } from "@/lib/validation";

// One neutral "profile import" shape for LinkedIn and JSON Resume alike: each entry is exactly
// what the matching credential form sends, so the preview checks it with the form's own schema
// and the save checks it again with the same objects (nothing an import writes could not be typed).

/** Entries one save may create, per kind (a long career fits easily). */
export const MAX_PROFILE_ENTRIES = 500;

export const profileEntryKinds = ["certification", "experience", "education", "skill"] as const;
export type ProfileEntryKind = (typeof profileEntryKinds)[number];

export const profileEntrySchemas = {
  certification: upsertCertificationSchema,
  experience: upsertExperienceSchema,
  education: upsertEducationSchema,
  skill: upsertSkillSchema,
} as const;

/** The profile's limits: a longer headline or summary is cut at a word in the preview. */
export const PROFILE_HEADLINE_MAX = LIMITS.headline;
export const PROFILE_SUMMARY_MAX = BIO_MAX;

/** The profile form's own rules for the headline and the bio ("About"). */
export const profileHeadlineSchema = updateProfileSchema.shape.headline;
export const profileSummarySchema = updateProfileSchema.shape.bio;

/** The confirmed choice: the ticked entries, and the headline/summary only when the user took them. */
export const saveProfileImportSchema = z.object({
  headline: profileHeadlineSchema.nullable(),
  summary: profileSummarySchema.nullable(),
  certifications: z.array(upsertCertificationSchema).max(MAX_PROFILE_ENTRIES, "tooMany"),
  experience: z.array(upsertExperienceSchema).max(MAX_PROFILE_ENTRIES, "tooMany"),
  education: z.array(upsertEducationSchema).max(MAX_PROFILE_ENTRIES, "tooMany"),
  skills: z.array(upsertSkillSchema).max(MAX_PROFILE_ENTRIES, "tooMany"),
});
export type SaveProfileImportInput = z.input<typeof saveProfileImportSchema>;
export type SaveProfileImport = z.output<typeof saveProfileImportSchema>;

/** The largest profile file the preview route takes (it reads the upload with the imports' cap); the drop box refuses a larger one before sending. */
export { MAX_FILE_BYTES as PROFILE_FILE_MAX_BYTES } from "@/lib/imports/limits";
