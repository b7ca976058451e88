import { z } from "zod";
import type { ExperienceKind, SkillCategory, SkillLevel } from "@/lib/db/generated/enums";
import {
  idString,
  isoDate,
  LIMITS,
  multilineText,
  optionalHttpUrl,
  optionalIsoDate,
  refinePeriod,
  reorderSchema,
  setHiddenSchema,
  text,
} from "@/lib/validation";
import { saveFields } from "@/lib/versioned-saves";

// Shared by the credential forms (zodResolver) and the server actions. Messages
// are keys of `validation`, or of `credentials.validation`.

export const experienceKindValues = ["JOB", "INTERNSHIP", "FREELANCE", "VOLUNTEER", "OWN_BRAND"] as const satisfies readonly ExperienceKind[];
export const skillCategoryValues = ["SKILL", "TOOL"] as const satisfies readonly SkillCategory[];
export const skillLevelValues = ["BEGINNER", "INTERMEDIATE", "ADVANCED", "EXPERT"] as const satisfies readonly SkillLevel[];
export const credentialKinds = ["certification", "experience", "skill", "education"] as const;
export type CredentialKind = (typeof credentialKinds)[number];

export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;

const optionalId = idString.optional();

export const upsertCertificationSchema = z
  .object({
    id: optionalId,
    ...saveFields,
    name: text(LIMITS.title, 1),
    issuer: text(LIMITS.title),
    issuedAt: optionalIsoDate,
    expiresAt: optionalIsoDate,
    credentialId: text(LIMITS.title),
    verifyUrl: optionalHttpUrl,
  })
  .superRefine((cert, ctx) => {
    if (cert.issuedAt && cert.expiresAt && cert.expiresAt < cert.issuedAt) {
      ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "expiresBeforeIssued" });
    }
  });
export type UpsertCertificationInput = z.input<typeof upsertCertificationSchema>;
export type UpsertCertification = z.output<typeof upsertCertificationSchema>;

export const upsertExperienceSchema = z
  .object({
    id: optionalId,
    ...saveFields,
    role: text(LIMITS.title, 1),
    organization: text(LIMITS.title, 1),
    kind: z.enum(experienceKindValues),
    startDate: isoDate,
    /** Ignored (stored as null) when `current` is checked. */
    endDate: optionalIsoDate,
    current: z.boolean(),
    description: multilineText(LIMITS.description),
  })
  .superRefine((experience, ctx) => {
    if (!experience.current && !experience.endDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "endOrPresent" });
    }
    if (!experience.current) refinePeriod(experience.startDate, experience.endDate, ["endDate"], ctx);
  })
  .transform(({ current, ...experience }) => ({ ...experience, endDate: current ? null : experience.endDate }));
export type UpsertExperienceInput = z.input<typeof upsertExperienceSchema>;
export type UpsertExperience = z.output<typeof upsertExperienceSchema>;

export const upsertSkillSchema = z.object({
  id: optionalId,
  ...saveFields,
  name: text(LIMITS.label, 1),
  category: z.enum(skillCategoryValues),
  /** Empty means "no level given". */
  level: z
    .union([z.enum(skillLevelValues), z.literal("")])
    .nullish()
    .transform((value) => value || null),
});
export type UpsertSkillInput = z.input<typeof upsertSkillSchema>;
export type UpsertSkill = z.output<typeof upsertSkillSchema>;

const optionalYear = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((value, ctx): number | null => {
    if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return null;
    const year = typeof value === "number" ? value : Number(value.trim());
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
      ctx.addIssue({ code: "custom", message: "year" });
      return z.NEVER;
    }
    return year;
  });

export const upsertEducationSchema = z
  .object({
    id: optionalId,
    ...saveFields,
    school: text(LIMITS.title, 1),
    degree: text(LIMITS.title),
    field: text(LIMITS.title),
    startYear: optionalYear,
    endYear: optionalYear,
  })
  .superRefine((education, ctx) => {
    if (education.startYear !== null && education.endYear !== null && education.endYear < education.startYear) {
      ctx.addIssue({ code: "custom", path: ["endYear"], message: "endYearBeforeStart" });
    }
  });
export type UpsertEducationInput = z.input<typeof upsertEducationSchema>;
export type UpsertEducation = z.output<typeof upsertEducationSchema>;

export const credentialRefSchema = z.object({ kind: z.enum(credentialKinds), id: idString });
export type CredentialRef = z.output<typeof credentialRefSchema>;

export const reorderCredentialsSchema = reorderSchema.extend({ kind: z.enum(credentialKinds) });
export type ReorderCredentials = z.output<typeof reorderCredentialsSchema>;

export const setCredentialHiddenSchema = setHiddenSchema.extend({ kind: z.enum(["certification", "experience", "education"]) });
export type SetCredentialHidden = z.output<typeof setCredentialHiddenSchema>;
