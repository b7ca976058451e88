import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors";
import { mediaKey, storage } from "@/lib/storage";
import { detectUpload } from "./detect";
import { mediaError } from "./errors";
import { processImage } from "./image";
import { countPdfPages } from "./pdf";
import { PURPOSE_ACCEPTS, mediaAltsField, updateMediaAltSchema, type MediaAlt, uploadMediaSchema, type UpdateMediaAltInput, type MediaPurpose } from "./schema";
import { toMediaView } from "./urls";
import type { MediaView } from "./types";

export type UploadInput = { bytes: Uint8Array; alt?: string; purpose: MediaPurpose | string };

type PlannedFile = { key: string; bytes: Uint8Array; contentType: string };

/**
 * Stores an upload for `userId`: decides the type from the bytes, re-encodes
 * images (the original is never stored), counts a PDF's pages, writes the
 * files and then inserts the row. A failure at any step leaves nothing behind:
 * written files are deleted when a later write or the insert fails.
 */
export async function uploadMedia(userId: string, input: UploadInput): Promise<MediaView> {
  const fields = uploadMediaSchema.safeParse({ purpose: input.purpose, alt: input.alt ?? "" });
  if (!fields.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of fields.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    throw new AppError("VALIDATION", { fieldErrors });
  }
  const { purpose, alt } = fields.data;
  // Alt text may still be empty: the upload starts when the file is picked, and the item's save requires it (saveMediaAlts).
  const detected = await detectUpload(input.bytes, PURPOSE_ACCEPTS[purpose]);

  const mediaId = randomUUID();
  let files: PlannedFile[];
  let details: { mimeType: string; bytes: number; width: number | null; height: number | null; pageCount: number | null };
  if (detected.kind === "IMAGE") {
    const { display, thumb } = await processImage(input.bytes);
    files = [
      { key: mediaKey(userId, mediaId, "display.webp"), bytes: display.bytes, contentType: "image/webp" },
      { key: mediaKey(userId, mediaId, "thumb.webp"), bytes: thumb.bytes, contentType: "image/webp" },
    ];
    details = { mimeType: "image/webp", bytes: display.bytes.byteLength, width: display.width, height: display.height, pageCount: null };
  } else {
    const pageCount = countPdfPages(input.bytes);
    if (!pageCount) throw mediaError("damagedPdf");
    files = [{ key: mediaKey(userId, mediaId, "document.pdf"), bytes: input.bytes, contentType: "application/pdf" }];
    details = { mimeType: "application/pdf", bytes: input.bytes.byteLength, width: null, height: null, pageCount };
  }

  const keys = files.map((file) => file.key);
  try {
    for (const file of files) await storage().put(file.key, file.bytes, file.contentType);
  } catch (error) {
    await removeStoredFiles(keys);
    throw error;
  }

  try {
    const media = await db().$transaction((tx) =>
      tx.media.create({
        data: {
          id: mediaId,
          userId,
          kind: detected.kind,
          displayKey: keys[0]!,
          thumbKey: keys[1] ?? null,
          alt,
          ...details,
        },
      }),
    );
    return toMediaView(media);
  } catch (error) {
    await removeStoredFiles(keys);
    throw error;
  }
}

/** Changes an item's alt text (images: required) or title (PDFs: optional). */
export async function updateMediaAlt(userId: string, input: UpdateMediaAltInput): Promise<MediaView> {
  const { mediaId, alt } = updateMediaAltSchema.parse(input);
  const media = await db().media.findFirst({ where: { id: mediaId, userId }, select: { kind: true } });
  if (!media) throw notFound();
  if (media.kind === "IMAGE" && alt === "") throw mediaError("altRequired", "alt");
  const updated = await db().media.update({ where: { id: mediaId, userId }, data: { alt } });
  return toMediaView(updated);
}

/**
 * Writes the alt text (or PDF title) a form sends with its item, inside the
 * item's transaction: every entry must be one of the owner's uploads
 * (NOT_FOUND otherwise, nothing written), and every image the item keeps
 * (`attached.ids`) must end up described. A missing description is a field
 * error beside that picture (`mediaAlts.<i>.alt`), or on `attached.field`
 * for an image the form sent no entry for.
 */
export async function saveMediaAlts(
  tx: Prisma.TransactionClient,
  userId: string,
  entries: MediaAlt[],
  attached: { ids: string[]; field: string },
): Promise<void> {
  await writeMediaAlts(tx, userId, await checkMediaAlts(tx, userId, entries, attached));
}

/** saveMediaAlts' reads and checks, for a save that runs them before its transaction; returns the entries to write. */
export async function checkMediaAlts(
  client: Prisma.TransactionClient,
  userId: string,
  entries: MediaAlt[],
  attached: { ids: string[]; field: string },
): Promise<MediaAlt[]> {
  const list = mediaAltsField.mediaAlts.parse(entries);
  const rows = list.length
    ? await client.media.findMany({ where: { id: { in: list.map((entry) => entry.mediaId) }, userId }, select: { id: true, kind: true } })
    : [];
  if (rows.length !== list.length) throw notFound();
  const kinds = new Map(rows.map((row) => [row.id, row.kind]));
  const fieldErrors: Record<string, string[]> = {};
  const keeps = new Set(attached.ids);
  list.forEach((entry, index) => {
    if (keeps.has(entry.mediaId) && kinds.get(entry.mediaId) === "IMAGE" && entry.alt === "") fieldErrors[`mediaAlts.${index}.alt`] = ["altRequired"];
  });
  const described = new Set(list.map((entry) => entry.mediaId));
  const unlisted = attached.ids.filter((id) => !described.has(id));
  if (unlisted.length > 0) {
    const bare = await client.media.count({ where: { id: { in: unlisted }, userId, kind: "IMAGE", alt: "" } });
    if (bare > 0) fieldErrors[attached.field] = ["altRequired"];
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", { fieldErrors });
  return list;
}

/** The writes of saveMediaAlts, inside a save's transaction. */
export async function writeMediaAlts(tx: Prisma.TransactionClient, userId: string, list: MediaAlt[]): Promise<void> {
  for (const entry of list) await tx.media.updateMany({ where: { id: entry.mediaId, userId }, data: { alt: entry.alt } });
}

/**
 * Deletes the owner's media items, rows first and then files. NOT_FOUND (and
 * nothing deleted) if any id is missing or someone else's. Links to them are
 * cleared by the database (avatar, metric evidence).
 */
export async function deleteMedia(userId: string, mediaIds: string[]): Promise<number> {
  const ids = [...new Set(mediaIds)];
  if (ids.length === 0) return 0;
  const rows = await db().media.findMany({
    where: { id: { in: ids }, userId },
    select: { id: true, displayKey: true, thumbKey: true },
  });
  if (rows.length !== ids.length) throw notFound();
  await db().media.deleteMany({ where: { id: { in: ids }, userId } });
  await removeStoredFiles(mediaFileKeys(rows));
  return rows.length;
}

/**
 * Deletes every stored file of a user, and any media rows still there. For
 * account deletion: call it after the user row is deleted (its media rows go
 * with it) or just before.
 */
export async function deleteUserFiles(userId: string): Promise<void> {
  await db().media.deleteMany({ where: { userId } });
  await storage().deletePrefix(userId);
}

export type CascadeTarget =
  { campaignId: string } | { metricId: string } | { contentSampleId: string } | { strategyDocumentId: string } | { caseStudyId: string };
export type CascadeMedia = { mediaIds: string[]; keys: string[] };

/**
 * The media that go with a portfolio item about to be deleted: a campaign's
 * metric evidence, a metric's evidence, a content sample's images, a strategy
 * document's PDF, a case study's cover. The caller
 * deletes the item and `tx.media.deleteMany({ where: { id: { in: mediaIds }, userId } })`
 * in one transaction, then calls `removeStoredFiles(keys)` after it commits.
 */
export async function collectMediaForCascade(userId: string, target: CascadeTarget): Promise<CascadeMedia> {
  const owned = { portfolio: { userId } };
  const where: Prisma.MediaWhereInput =
    "campaignId" in target
      ? { userId, evidenceOf: { is: { campaign: { id: target.campaignId, ...owned } } } }
      : "metricId" in target
        ? { userId, evidenceOf: { is: { id: target.metricId, campaign: owned } } }
        : "contentSampleId" in target
          ? { userId, contentSample: { is: { id: target.contentSampleId, ...owned } } }
          : "strategyDocumentId" in target
            ? { userId, documentOf: { is: { id: target.strategyDocumentId, ...owned } } }
            : { userId, coverOf: { is: { id: target.caseStudyId, ...owned } } };
  const rows = await db().media.findMany({ where, select: { id: true, displayKey: true, thumbKey: true } });
  return { mediaIds: rows.map((row) => row.id), keys: mediaFileKeys(rows) };
}

/**
 * Deletes uploads nobody kept (no avatar, metric evidence, content sample,
 * strategy document or case study cover refers to them) created before `olderThan`, rows and files; returns how many. For
 * uploads abandoned in an unsaved form: run it at start-up with a cutoff of a day.
 */
export async function sweepOrphanMedia(olderThan: Date): Promise<number> {
  const orphan: Prisma.MediaWhereInput = {
    createdAt: { lt: olderThan },
    contentSampleId: null,
    // Every relation that can hold a media item; a new one must be added here too.
    avatarOf: { is: null },
    evidenceOf: { is: null },
    documentOf: { is: null },
    coverOf: { is: null },
  };
  let removed = 0;
  const skipped = new Set<string>();
  for (;;) {
    const batch = await db().media.findMany({
      where: { ...orphan, id: { notIn: [...skipped] } },
      select: { id: true, displayKey: true, thumbKey: true },
      orderBy: { createdAt: "asc" },
      take: 200,
    });
    if (batch.length === 0) return removed;
    const ids = batch.map((row) => row.id);
    // The same conditions again: an item attached since the read above stays.
    await db().media.deleteMany({ where: { ...orphan, id: { in: ids } } });
    const kept = new Set((await db().media.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((row) => row.id));
    const deleted = batch.filter((row) => !kept.has(row.id));
    kept.forEach((id) => skipped.add(id));
    await removeStoredFiles(mediaFileKeys(deleted));
    removed += deleted.length;
  }
}

/** Deletes stored files after their rows are gone; logs rather than throws (the database is already right). */
export async function removeStoredFiles(keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  try {
    await storage().delete(keys);
  } catch (error) {
    console.error(`Could not delete ${keys.length} stored file(s): ${keys.join(", ")}`, error);
  }
}

/** The stored files of media rows: each row's display file and its thumbnail where it has one. */
export function mediaFileKeys(rows: { displayKey: string; thumbKey: string | null }[]): string[] {
  return rows.flatMap((row) => (row.thumbKey ? [row.displayKey, row.thumbKey] : [row.displayKey]));
}
