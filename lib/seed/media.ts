// Image media for seeds that need real files: the bench's large account and the tests that move one.
import { storage } from "@/lib/storage";
import { mediaKey } from "@/lib/storage/keys";

/**
 * Writes an image's display and thumb WebP files through lib/storage under `userId`'s media keys and answers
 * the media row's data (the caller adds its links and creates the rows, many in one createMany).
 */
export async function storeImageMedia(userId: string, id: string, image: { display: Uint8Array; thumb: Uint8Array }) {
  const displayKey = mediaKey(userId, id, "display.webp");
  const thumbKey = mediaKey(userId, id, "thumb.webp");
  await storage().put(displayKey, image.display, "image/webp");
  await storage().put(thumbKey, image.thumb, "image/webp");
  return { id, userId, kind: "IMAGE" as const, mimeType: "image/webp", displayKey, thumbKey, bytes: image.display.byteLength };
}
