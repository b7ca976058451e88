import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { saveMediaAlts } from "@/lib/media/mutations";
import type { UpdateProfile } from "./schema";

/** The tag every cached read of a user's public portfolio carries. */
export function portfolioTag(userId: string): string {
  return `portfolio:${userId}`;
}

/** Invalidates the editor and the public page after any change to a user's portfolio. */
export function revalidatePortfolio(userId: string): void {
  revalidatePublicPage(userId);
  revalidatePath("/dashboard", "layout");
}

/**
 * What an editor form's save invalidates (#19): the public page only. No
 * `revalidatePath("/dashboard", "layout")`: it made every save's answer
 * re-render and stream the whole editor page (~79 kB); the form resets to the
 * saved item it gets back, and the dashboard's pages are dynamic, so the next
 * navigation reads them fresh.
 */
export function revalidatePublicPage(userId: string): void {
  // Expire at once: the next visitor must see the change, not a stale page served while it regenerates.
  revalidateTag(portfolioTag(userId), { expire: 0 });
}

export async function updateProfile(userId: string, input: UpdateProfile) {
  if (input.avatarId) {
    // The avatar must be one of the owner's own images.
    const avatar = await db().media.findFirst({ where: { id: input.avatarId, userId, kind: "IMAGE" }, select: { id: true } });
    if (!avatar) throw new AppError("VALIDATION", { fieldErrors: { avatarId: ["avatarNotFound"] } });
  }
  const { mediaAlts, ...fields } = input;
  const portfolio = await db().$transaction(async (tx) => {
    await saveMediaAlts(tx, userId, mediaAlts, { ids: input.avatarId ? [input.avatarId] : [], field: "avatarId" });
    // Owner-scoped and without a Prisma P2025 (an INTERNAL) when nothing matches; throwing rolls the alt text back.
    const [updated] = await tx.portfolio.updateManyAndReturn({ where: { userId }, data: { ...fields, profileLinks: fields.profileLinks } });
    if (!updated) throw notFound();
    return updated;
  });
  revalidatePortfolio(userId);
  return portfolio;
}
