import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors";
import { revalidatePortfolio } from "@/lib/portfolio/mutations";
import { fromIsoDate, fromOptionalIsoDate } from "@/lib/dates";
import { ownPortfolioId } from "@/lib/portfolio/data";
import { nextPosition, reorderOwned, setHiddenOwned, type OrderedModel } from "@/lib/portfolio/ordering";
import type { CredentialKind, SetCredentialHidden, UpsertCertification, UpsertEducation, UpsertExperience, UpsertSkill } from "./schema";

type Tx = Prisma.TransactionClient;

const modelOf = {
  certification: "certification",
  experience: "experience",
  skill: "skill",
  education: "education",
} as const satisfies Record<CredentialKind, OrderedModel>;

/**
 * Creates (at the end of its list) or updates one of the owner's rows; an id
 * that is missing or someone else's is NOT_FOUND and changes nothing.
 */
async function upsertOwned<D extends object>(
  userId: string,
  kind: CredentialKind,
  id: string | undefined,
  data: D,
  check?: (tx: Tx, portfolioId: string) => Promise<void>,
): Promise<{ id: string }> {
  const portfolioId = await ownPortfolioId(userId);
  const saved = await db().$transaction(async (tx) => {
    await check?.(tx, portfolioId);
    // The four delegates take the same create/updateMany arguments for their own data shapes.
    const delegate = tx[modelOf[kind]] as unknown as {
      create(args: { data: D & { portfolioId: string; position: number }; select: { id: true } }): Promise<{ id: string }>;
      updateMany(args: { where: { id: string; portfolio: { userId: string } }; data: D }): Promise<{ count: number }>;
    };
    if (id) {
      const { count } = await delegate.updateMany({ where: { id, portfolio: { userId } }, data });
      if (count === 0) throw notFound();
      return { id };
    }
    return delegate.create({
      data: { ...data, portfolioId, position: await nextPosition(tx, modelOf[kind], portfolioId) },
      select: { id: true },
    });
  });
  revalidatePortfolio(userId);
  return saved;
}

export async function saveCertification(userId: string, input: UpsertCertification): Promise<{ id: string }> {
  const { id, ...fields } = input;
  return upsertOwned(userId, "certification", id, {
    ...fields,
    issuedAt: fromOptionalIsoDate(fields.issuedAt),
    expiresAt: fromOptionalIsoDate(fields.expiresAt),
  } satisfies Prisma.CertificationUncheckedUpdateInput);
}

export async function saveExperience(userId: string, input: UpsertExperience): Promise<{ id: string }> {
  const { id, ...fields } = input;
  return upsertOwned(userId, "experience", id, {
    ...fields,
    startDate: fromIsoDate(fields.startDate),
    endDate: fromOptionalIsoDate(fields.endDate),
  } satisfies Prisma.ExperienceUncheckedUpdateInput);
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

const skillTaken = () => new AppError("VALIDATION", { fieldErrors: { name: ["skillTaken"] } });

/** Saves a skill or tool; a name already in that list (any letter case) is a field error on `name`. */
export async function saveSkill(userId: string, input: UpsertSkill): Promise<{ id: string }> {
  const { id, ...fields } = input;
  try {
    return await upsertOwned(userId, "skill", id, fields satisfies Prisma.SkillUncheckedUpdateInput, async (tx, portfolioId) => {
      const clash = await tx.skill.findFirst({
        where: { portfolioId, category: fields.category, name: { equals: fields.name, mode: "insensitive" }, ...(id ? { id: { not: id } } : {}) },
        select: { id: true },
      });
      if (clash) throw skillTaken();
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw skillTaken();
    throw error;
  }
}

export async function saveEducation(userId: string, input: UpsertEducation): Promise<{ id: string }> {
  const { id, ...fields } = input;
  return upsertOwned(userId, "education", id, fields satisfies Prisma.EducationUncheckedUpdateInput);
}

/** Deletes one of the owner's credential rows; NOT_FOUND when missing or someone else's. */
export async function deleteCredential(userId: string, kind: CredentialKind, id: string): Promise<void> {
  const delegate = db()[modelOf[kind]] as unknown as {
    deleteMany(args: { where: { id: string; portfolio: { userId: string } } }): Promise<{ count: number }>;
  };
  const { count } = await delegate.deleteMany({ where: { id, portfolio: { userId } } });
  if (count === 0) throw notFound();
  revalidatePortfolio(userId);
}

export async function reorderCredentials(userId: string, kind: CredentialKind, ids: string[]): Promise<void> {
  await reorderOwned(userId, modelOf[kind], ids);
}

/** Shows or hides a certification, experience or education entry on the public page. */
export async function setCredentialHidden(userId: string, { kind, id, hidden }: SetCredentialHidden): Promise<void> {
  await setHiddenOwned(userId, kind, id, hidden);
}
