import "server-only";
import { db } from "@/lib/db/client";
import { storage } from "@/lib/storage";

// Kept apart from mutations.ts so the start-up script can import it without the form schemas
// (and the icon library they pull in, which cannot load under the react-server condition).

/**
 * Deletes imports no metric or sample uses any more, with their files: the evidence goes with
 * the last item it backs. Runs after deletes and at start-up (`scripts/db-seed.ts`).
 */
export async function sweepOrphanImports(userId?: string): Promise<number> {
  const orphans = await db().analyticsImport.findMany({
    where: { ...(userId ? { userId } : {}), metrics: { none: {} }, samples: { none: {} } },
    select: { id: true, fileKey: true },
    take: 500,
  });
  if (orphans.length === 0) return 0;
  await db().analyticsImport.deleteMany({ where: { id: { in: orphans.map((o) => o.id) }, metrics: { none: {} }, samples: { none: {} } } });
  await storage().delete(orphans.map((o) => o.fileKey));
  return orphans.length;
}
