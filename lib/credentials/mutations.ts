import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors";
import { revalidatePublicPage } from "@/lib/portfolio/mutations";
import { fromIsoDate, fromOptionalIsoDate } from "@/lib/dates";
import { ownPortfolioId } from "@/lib/portfolio/data";
import { readForSave, versionedSave, type VersionBump } from "@/lib/db/versioned-save";
import type { SavedItem } from "@/lib/versioned-saves";
import { nextPosition, reorderOwned, setHiddenOwned, type OrderedModel } from "@/lib/portfolio/ordering";
import type { CredentialKind, SetCredentialHidden, UpsertCertification, UpsertEducation, UpsertExperience, UpsertSkill } from "./schema";

type Tx = Prisma.TransactionClient;

const modelOf = {
  certification: "certification",
  experience: "experience",
  skill: "skill",
  education: "education",
} as const satisfies Record<CredentialKind, OrderedModel>;

type Stored = { id: string; version: number; lastSaveId: string | null };
const storedSelect = { id: true, version: true, lastSaveId: true } as const;

/** The four delegates take the same calls for their own data shapes. */
type CredentialDelegate<D> = {
  findFirst(args: { where: { portfolioId: string; id?: string; lastSaveId?: string }; select: typeof storedSelect }): Promise<Stored | null>;
  create(args: { data: D & { portfolioId: string; position: number; version: 1; lastSaveId: string | null }; select: { id: true } }): Promise<{ id: string }>;
  updateMany(args: { where: { id: string; portfolioId: string; version: number }; data: D & VersionBump }): Promise<{ count: number }>;
};

/**
 * Creates (at the end of its list) or updates one of the owner's rows by the
 * versioned save of the editor rooms (#19): an id that is missing or someone
 * else's is NOT_FOUND and changes nothing; a retried press (same saveId) is
 * answered with the stored row, once; a save over a newer version is STALE.
 * `check` runs before the transaction (reads only).
 */
async function upsertOwned<D extends object>(
  userId: string,
  kind: CredentialKind,
  input: { id?: string; baseVersion?: number; saveId?: string },
  data: D,
  check?: (portfolioId: string) => Promise<void>,
): Promise<SavedItem> {
  const portfolioId = await ownPortfolioId(userId);
  const delegate = (client: Tx) => client[modelOf[kind]] as unknown as CredentialDelegate<D>;
  const { stored, settled, find } = await readForSave(input, (where) => delegate(db()).findFirst({ where: { ...where, portfolioId }, select: storedSelect }));
  if (settled) return settled;
  await check?.(portfolioId);
  const position = input.id ? 0 : await nextPosition(db() as unknown as Tx, modelOf[kind], portfolioId);
  const { saved, committed } = await versionedSave({
    stored: input.id ? stored : null,
    input,
    claim: async (tx, where, bump) => (await delegate(tx).updateMany({ where: { id: input.id!, portfolioId, ...where }, data: { ...data, ...bump } })).count,
    create: (tx, first) => delegate(tx).create({ data: { ...data, portfolioId, position, ...first }, select: { id: true } }),
    reread: find,
  });
  // Only the public page (#19): the credential forms refresh their page themselves.
  if (committed) revalidatePublicPage(userId);
  return saved;
}

/** A certification's dates as stored: "YYYY-MM-DD" (from the form, a profile import or an export) or none, as dates. */
export function certificationDates(entry: { issuedAt?: string | null; expiresAt?: string | null }) {
  return { issuedAt: fromOptionalIsoDate(entry.issuedAt), expiresAt: fromOptionalIsoDate(entry.expiresAt) };
}

/** A position's dates as stored: its start, and its end unless it is current, as dates. */
export function experienceDates(entry: { startDate: string; endDate?: string | null }) {
  return { startDate: fromIsoDate(entry.startDate), endDate: fromOptionalIsoDate(entry.endDate) };
}

export async function saveCertification(userId: string, input: UpsertCertification): Promise<SavedItem> {
  const { id, baseVersion, saveId, ...fields } = input;
  const data = { ...fields, ...certificationDates(fields) } satisfies Prisma.CertificationUncheckedUpdateInput;
  return upsertOwned(userId, "certification", { id, baseVersion, saveId }, data);
}

export async function saveExperience(userId: string, input: UpsertExperience): Promise<SavedItem> {
  const { id, baseVersion, saveId, ...fields } = input;
  const data = { ...fields, ...experienceDates(fields) } satisfies Prisma.ExperienceUncheckedUpdateInput;
  return upsertOwned(userId, "experience", { id, baseVersion, saveId }, data);
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

const skillTaken = () => new AppError("VALIDATION", { fieldErrors: { name: ["skillTaken"] } });

/** Saves a skill or tool; a name already in that list (any letter case) is a field error on `name`. */
export async function saveSkill(userId: string, input: UpsertSkill): Promise<SavedItem> {
  const { id, baseVersion, saveId, ...fields } = input;
  try {
    return await upsertOwned(userId, "skill", { id, baseVersion, saveId }, fields satisfies Prisma.SkillUncheckedUpdateInput, async (portfolioId) => {
      const clash = await db().skill.findFirst({
        where: { portfolioId, category: fields.category, name: { equals: fields.name, mode: "insensitive" }, ...(id ? { id: { not: id } } : {}) },
        select: { id: true },
      });
      if (clash) throw skillTaken();
    });
  } catch (error) {
    // Two saves racing for one name: the database's unique index decides. When the winner was this very
    // press (a doubled or retried create, same saveId), answer with it (#19).
    if (isUniqueViolation(error)) {
      const same = saveId ? await db().skill.findFirst({ where: { lastSaveId: saveId, portfolio: { userId } }, select: { id: true, version: true } }) : null;
      if (same) return same;
      throw skillTaken();
    }
    throw error;
  }
}

export async function saveEducation(userId: string, input: UpsertEducation): Promise<SavedItem> {
  const { id, baseVersion, saveId, ...fields } = input;
  return upsertOwned(userId, "education", { id, baseVersion, saveId }, fields satisfies Prisma.EducationUncheckedUpdateInput);
}

/** Deletes one of the owner's credential rows; NOT_FOUND when missing or someone else's. */
export async function deleteCredential(userId: string, kind: CredentialKind, id: string): Promise<void> {
  const delegate = db()[modelOf[kind]] as unknown as {
    deleteMany(args: { where: { id: string; portfolio: { userId: string } } }): Promise<{ count: number }>;
  };
  const { count } = await delegate.deleteMany({ where: { id, portfolio: { userId } } });
  if (count === 0) throw notFound();
  revalidatePublicPage(userId);
}

export async function reorderCredentials(userId: string, kind: CredentialKind, ids: string[]): Promise<void> {
  await reorderOwned(userId, modelOf[kind], ids);
}

/** Shows or hides a certification, experience or education entry on the public page. */
export async function setCredentialHidden(userId: string, { kind, id, hidden }: SetCredentialHidden): Promise<void> {
  await setHiddenOwned(userId, kind, id, hidden);
}
