import "server-only";
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";
import { expirePublicTags } from "@/lib/cache/expire";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { checkMediaAlts, removeStoredFiles, writeMediaAlts } from "@/lib/media/mutations";
import { settledBefore, versionedSave, type VersionedSaveResult } from "@/lib/db/versioned-save";
import type { SavedItem } from "@/lib/versioned-saves";
import type { UpdateProfile } from "./schema";

/** The tag every cached read of a user's public portfolio carries. */
export function portfolioTag(userId: string): string {
  return `portfolio:${userId}`;
}

/**
 * What every owner change invalidates (#19): the public page only (its tag and
 * the server's reading copies). No `revalidatePath("/dashboard", "layout")`: it
 * made every write's answer re-render and stream the whole editor page
 * (~80 kB). The client updates itself instead: a form resets to the saved item
 * it gets back, a list keeps its own order and switches, and what the server
 * must re-read (a delete's or a copy's nav count, publishing) is fetched by the
 * client's `router.refresh()` after the answer.
 */
export function revalidatePublicPage(userId: string): void {
  // Expire at once: the next visitor must see the change, not a stale page served while it regenerates (and once more
  // a few seconds later, for a page rendered during the change: lib/cache/expire.ts).
  expirePublicTags([portfolioTag(userId)]);
  answerWithoutRerender();
}

/**
 * The end of an item editor's save (campaign, case study, document, sample): when this call committed, the stored
 * files it replaced are deleted (after the commit, so a rollback never loses one) and the public page is refreshed;
 * a retry answered by an earlier commit of the same saveId does neither. Answers the saved item.
 */
export async function afterItemSave<T>(userId: string, result: VersionedSaveResult<T>, replacedFiles: (written: T) => string[]): Promise<SavedItem> {
  if (!result.committed) return result.saved;
  await removeStoredFiles(replacedFiles(result.written));
  revalidatePublicPage(userId);
  return result.saved;
}

/**
 * Call after `revalidateTag(tag, { expire: 0 })` in a server action whose client
 * needs only the action's answer (#19). Next 16 marks such an action as "path
 * revalidated" and then re-renders the page it was posted from into the answer
 * (the 79–96 kB measured). The tag stays expired (it is queued on the store);
 * only that re-render is skipped. A later revalidatePath still marks it.
 */
export function answerWithoutRerender(): void {
  const store = workAsyncStorage.getStore();
  if (store) store.pathWasRevalidated = ACTION_DID_NOT_REVALIDATE;
}

/** next/dist/shared/lib/action-revalidation-kind: ActionDidNotRevalidate. */
const ACTION_DID_NOT_REVALIDATE = 0;

/**
 * Saves the profile (#19): the avatar and alt-text checks and the version
 * check run first, then one write-only transaction. A retry of a committed
 * save (same saveId) answers with the stored profile; a save over a newer
 * version is STALE and changes nothing.
 */
export async function updateProfile(userId: string, input: UpdateProfile) {
  if (input.avatarId) {
    // The avatar must be one of the owner's own images.
    const avatar = await db().media.findFirst({ where: { id: input.avatarId, userId, kind: "IMAGE" }, select: { id: true } });
    if (!avatar) throw new AppError("VALIDATION", { fieldErrors: { avatarId: ["avatarNotFound"] } });
  }
  const { mediaAlts, baseVersion, saveId, ...fields } = input;
  const current = await db().portfolio.findUnique({ where: { userId } });
  if (!current) throw notFound();
  if (settledBefore(current, { baseVersion, saveId })) return current;
  const alts = await checkMediaAlts(db(), userId, mediaAlts, { ids: input.avatarId ? [input.avatarId] : [], field: "avatarId" });
  let updated: typeof current | undefined;
  const result = await versionedSave({
    stored: current,
    input: { baseVersion, saveId },
    // Owner-scoped and without a Prisma P2025 (an INTERNAL) when nothing matches; a conflict rolls the alt text back.
    claim: async (tx, where, bump) => {
      [updated] = await tx.portfolio.updateManyAndReturn({ where: { userId, ...where }, data: { ...fields, profileLinks: fields.profileLinks, ...bump } });
      return updated ? 1 : 0;
    },
    create: () => Promise.reject(notFound()), // the portfolio is made with its user, never by this save
    write: async (tx) => {
      await writeMediaAlts(tx, userId, alts);
    },
    reread: () => db().portfolio.findUnique({ where: { userId }, select: { id: true, version: true, lastSaveId: true } }),
  });
  if (!result.committed || !updated) return (await db().portfolio.findUnique({ where: { userId } }))!;
  revalidatePublicPage(userId);
  return updated;
}
