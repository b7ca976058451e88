import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { storage, type StoredObject } from "@/lib/storage";

export type ImportListItem = {
  id: string;
  platform: string;
  reports: string[];
  rangeStart: Date | null;
  rangeEnd: Date | null;
  fileType: string;
  fileBytes: number;
  createdAt: Date;
  sampleCount: number;
  metricCount: number;
};

/** The owner's imports that still back a figure, newest first. */
export async function listImports(userId: string): Promise<ImportListItem[]> {
  const rows = await db().analyticsImport.findMany({
    where: { userId, OR: [{ metrics: { some: {} } }, { samples: { some: {} } }] },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      platform: true,
      reports: true,
      rangeStart: true,
      rangeEnd: true,
      fileType: true,
      fileBytes: true,
      createdAt: true,
      _count: { select: { samples: true, metrics: true } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, sampleCount: _count.samples, metricCount: _count.metrics }));
}

/** The original file of the owner's import; anyone else's (or a missing one) is NOT_FOUND. */
export async function readImportFile(userId: string, importId: string): Promise<{ object: StoredObject; fileType: string }> {
  const row = await db().analyticsImport.findFirst({ where: { id: importId, userId }, select: { fileKey: true, fileType: true } });
  if (!row) throw notFound();
  const object = await storage().get(row.fileKey);
  if (!object) throw notFound();
  return { object, fileType: row.fileType };
}
