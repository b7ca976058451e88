import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { toIsoDate } from "@/lib/dates";
import { notFound } from "@/lib/errors";
import { duplicateKey } from "./match";
import { readProfileFile } from "./read";
import { profileEntryKinds, type ProfileEntryKind } from "./schema";
import type { ProfileEntryPreview, ProfileImportPreview } from "./types";

type Reader = Pick<Prisma.TransactionClient, "portfolio">;

/** The owner's portfolio id, headline, bio and the duplicate key of every credential it holds, in one query. */
export async function ownedProfileState(userId: string, client: Reader = db()) {
  const portfolio = await client.portfolio.findFirst({
    where: { userId },
    select: {
      id: true,
      headline: true,
      bio: true,
      certifications: { select: { name: true, issuer: true } },
      experiences: { select: { role: true, organization: true, startDate: true } },
      education: { select: { school: true } },
      skills: { select: { name: true, category: true } },
    },
  });
  if (!portfolio) throw notFound();
  const keys = new Set<string>([
    ...portfolio.certifications.map((row) => duplicateKey("certification", row)),
    ...portfolio.experiences.map((row) => duplicateKey("experience", { ...row, startDate: toIsoDate(row.startDate) })),
    ...portfolio.education.map((row) => duplicateKey("education", row)),
    ...portfolio.skills.map((row) => duplicateKey("skill", row)),
  ]);
  return { portfolioId: portfolio.id, headline: portfolio.headline, bio: portfolio.bio, keys };
}

/** Upload → every entry, those the owner's portfolio already holds (or the file lists twice) marked. Nothing is stored. */
export async function previewProfileImport(userId: string, bytes: Uint8Array): Promise<ProfileImportPreview> {
  const read = readProfileFile(bytes);
  const { headline, bio, keys } = await ownedProfileState(userId);
  for (const kind of profileEntryKinds) {
    for (const entry of read.entries[kind] as ProfileEntryPreview<ProfileEntryKind>[]) {
      const key = duplicateKey(kind, entry.data as never);
      entry.duplicate = keys.has(key);
      keys.add(key);
    }
  }
  return { ...read, current: { headline, summary: bio } };
}
