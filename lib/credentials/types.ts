import type { ExperienceKind, SkillCategory, SkillLevel } from "@/lib/db/generated/enums";

// Dates are "YYYY-MM-DD".

export type CertificationView = {
  id: string;
  /** What the form sends back as `baseVersion` (#19). */
  version: number;
  hidden: boolean;
  name: string;
  issuer: string;
  issuedAt: string | null;
  expiresAt: string | null;
  credentialId: string;
  verifyUrl: string | null;
};

export type ExperienceView = {
  id: string;
  /** What the form sends back as `baseVersion` (#19). */
  version: number;
  hidden: boolean;
  role: string;
  organization: string;
  kind: ExperienceKind;
  startDate: string;
  /** Null means "present". */
  endDate: string | null;
  description: string;
};

export type SkillView = { id: string; version: number; name: string; category: SkillCategory; level: SkillLevel | null };

export type EducationView = {
  id: string;
  /** What the form sends back as `baseVersion` (#19). */
  version: number;
  hidden: boolean;
  school: string;
  degree: string;
  field: string;
  startYear: number | null;
  endYear: number | null;
};

export type CredentialsView = {
  certifications: CertificationView[];
  experiences: ExperienceView[];
  skills: SkillView[];
  education: EducationView[];
};
