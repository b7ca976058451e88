import "server-only";
import { db } from "@/lib/db/client";

/**
 * Whether `handle` is the signed-in owner's own page and visitors cannot see
 * it (draft or unlisted). Owner id in the where: anyone else's handle answers
 * false, exactly like a handle that does not exist.
 */
export async function ownDraftStatus(userId: string, handle: string): Promise<{ draft: boolean; visibility?: "DRAFT" | "UNLISTED" }> {
  const row = await db().portfolio.findFirst({
    where: { userId, user: { handle: handle.trim().toLowerCase() } },
    select: { visibility: true },
  });
  if (!row || row.visibility === "PUBLIC") return { draft: false };
  return { draft: true, visibility: row.visibility };
}
