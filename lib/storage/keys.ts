// Keys are made by the app (`<userId>/<mediaId>/<variant>.<ext>`), never from an
// uploaded file's name; drivers still refuse anything else, so no key can escape
// its folder.
const segment = /^[A-Za-z0-9_-]{1,64}$/;
const fileName = /^[a-z]{1,16}\.(webp|pdf|bin)$/;

export function isValidKey(key: string): boolean {
  const parts = key.split("/");
  return parts.length === 3 && segment.test(parts[0]!) && segment.test(parts[1]!) && fileName.test(parts[2]!);
}

export function isValidPrefix(prefix: string): boolean {
  return segment.test(prefix);
}

export function assertValidKey(key: string): void {
  if (!isValidKey(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
}

export function assertValidPrefix(prefix: string): void {
  if (!isValidPrefix(prefix)) throw new Error(`Invalid storage prefix: ${JSON.stringify(prefix)}`);
}

export function mediaKey(userId: string, mediaId: string, file: "display.webp" | "thumb.webp" | "document.pdf"): string {
  const key = `${userId}/${mediaId}/${file}`;
  assertValidKey(key);
  return key;
}

/** The original file of an analytics import (lib/imports), kept as owner-only evidence. */
export function importKey(userId: string, importId: string): string {
  const key = `${userId}/${importId}/original.bin`;
  assertValidKey(key);
  return key;
}

const contentTypes: Record<string, string> = { webp: "image/webp", pdf: "application/pdf" };

export function contentTypeForKey(key: string): string {
  return contentTypes[key.slice(key.lastIndexOf(".") + 1)] ?? "application/octet-stream";
}
