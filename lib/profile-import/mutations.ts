import "server-only";
import { db } from "@/lib/db/client";
import { certificationDates, experienceDates } from "@/lib/credentials/mutations";
import { revalidatePublicPage } from "@/lib/portfolio/mutations";
import { ownedProfileState } from "./data";
import { duplicateKey } from "./match";
import type { SaveProfileImport } from "./schema";
import type { ProfileImportResult } from "./types";

/** An entry's fields without the form's optional id: every imported row is new. */
function withoutId<T extends { id?: string }>(entry: T): Omit<T, "id"> {
  const copy = { ...entry };
  delete copy.id;
  return copy;
}

/**
 * Saves the confirmed entries into `userId`'s portfolio, all or nothing: one transaction, one
 * batched insert per kind, every entry already checked with its credential form's schema (the
 * action validates the whole choice first, so one bad entry refuses it all). Entries the
 * portfolio already holds (lib/profile-import/match.ts, read again inside the transaction) are
 * skipped, so confirming twice adds nothing. New rows go after the owner's own. The headline and
 * the summary replace the profile's only when the user took them.
 */
export async function saveProfileImport(userId: string, input: SaveProfileImport): Promise<ProfileImportResult> {
  const result = await db().$transaction(
    async (tx) => {
      const { portfolioId, keys } = await ownedProfileState(userId, tx);
      let skippedDuplicates = 0;
      const fresh = <T>(items: T[], keyOf: (item: T) => string) =>
        items.filter((item) => {
          const key = keyOf(item);
          if (keys.has(key)) {
            skippedDuplicates++;
            return false;
          }
          keys.add(key);
          return true;
        });
      const certifications = fresh(input.certifications, (item) => duplicateKey("certification", item));
      const experience = fresh(input.experience, (item) => duplicateKey("experience", item));
      const education = fresh(input.education, (item) => duplicateKey("education", item));
      const skills = fresh(input.skills, (item) => duplicateKey("skill", item));

      const where = { portfolioId, portfolio: { userId } };
      const [certCount, experienceCount, educationCount, skillCount] = await Promise.all([
        tx.certification.count({ where }),
        tx.experience.count({ where }),
        tx.education.count({ where }),
        tx.skill.count({ where }),
      ]);
      // New rows go after the owner's own, in the order the preview showed them.
      const appended = <T extends { id?: string }>(entries: T[], count: number) =>
        entries.map((entry, index) => ({ ...withoutId(entry), portfolioId, position: count + index }));
      await tx.certification.createMany({ data: appended(certifications, certCount).map((row) => ({ ...row, ...certificationDates(row) })) });
      await tx.experience.createMany({ data: appended(experience, experienceCount).map((row) => ({ ...row, ...experienceDates(row) })) });
      await tx.education.createMany({ data: appended(education, educationCount) });
      await tx.skill.createMany({ data: appended(skills, skillCount) });

      const headline = input.headline ? input.headline : null;
      const summary = input.summary ? input.summary : null;
      if (headline !== null || summary !== null) {
        await tx.portfolio.update({
          where: { id: portfolioId, userId },
          data: { ...(headline !== null ? { headline } : {}), ...(summary !== null ? { bio: summary } : {}) },
        });
      }
      return {
        created: { certifications: certifications.length, experience: experience.length, education: education.length, skills: skills.length },
        skippedDuplicates,
        headline: headline !== null,
        summary: summary !== null,
      };
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
  revalidatePublicPage(userId);
  return result;
}
