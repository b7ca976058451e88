import "server-only";
import { db } from "@/lib/db/client";
import { toIsoDate, toOptionalIsoDate } from "@/lib/dates";
import type { CredentialsView } from "./types";

const byPosition: { position?: "asc"; id?: "asc" }[] = [{ position: "asc" }, { id: "asc" }];

/** The owner's certifications, experience, skills and education, each in its chosen order, in one query. */
export async function getCredentials(userId: string): Promise<CredentialsView> {
  const portfolio = await db().portfolio.findFirst({
    where: { userId },
    select: {
      certifications: { orderBy: byPosition },
      experiences: { orderBy: byPosition },
      skills: { orderBy: byPosition },
      education: { orderBy: byPosition },
    },
  });
  if (!portfolio) return { certifications: [], experiences: [], skills: [], education: [] };
  return {
    certifications: portfolio.certifications.map((row) => ({
      id: row.id,
      version: row.version,
      hidden: row.hidden,
      name: row.name,
      issuer: row.issuer,
      issuedAt: toOptionalIsoDate(row.issuedAt),
      expiresAt: toOptionalIsoDate(row.expiresAt),
      credentialId: row.credentialId,
      verifyUrl: row.verifyUrl,
    })),
    experiences: portfolio.experiences.map((row) => ({
      id: row.id,
      version: row.version,
      hidden: row.hidden,
      role: row.role,
      organization: row.organization,
      kind: row.kind,
      startDate: toIsoDate(row.startDate),
      endDate: toOptionalIsoDate(row.endDate),
      description: row.description,
    })),
    skills: portfolio.skills.map((row) => ({ id: row.id, version: row.version, name: row.name, category: row.category, level: row.level })),
    education: portfolio.education.map((row) => ({
      id: row.id,
      version: row.version,
      hidden: row.hidden,
      school: row.school,
      degree: row.degree,
      field: row.field,
      startYear: row.startYear,
      endYear: row.endYear,
    })),
  };
}
