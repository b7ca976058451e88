import "server-only";
import { after } from "next/server";

// The reading-page copies scripts/serve.ts keeps for a second (scripts/serve/reading-copies.ts) live in
// this same process; an owner's change forgets them with the tag it expires. Absent (tests, scripts,
// several instances): nothing to forget.
const READING_COPIES = Symbol.for("postfolio.readingCopies");

type Copies = { forget: (tags: readonly string[]) => void };

/**
 * Call beside every revalidateTag of a public page, with the tags it expires: the copies of pages that carry one of
 * them go (a page that named no tags goes with any), now and again once the action has answered (Next applies the
 * expiry at its end). Another owner's pages keep theirs: twenty editors saving no longer empty every reader's copy.
 */
export function forgetReadingCopies(tags: readonly string[]): void {
  const copies = (globalThis as Record<symbol, Copies | undefined>)[READING_COPIES];
  if (!copies) return;
  copies.forget(tags);
  try {
    after(() => copies.forget(tags));
  } catch {
    // Outside a request (a script): there is no answer to wait for.
  }
}

/** The header with which a reading page names its cache tags, so that only a change that expires one of them forgets its copy. */
export const READING_COPY_TAGS_HEADER = "x-postfolio-copy-tags";

/** The headers a reading page sends for the server's copies: its tags, and for a private page its leave (below). */
export function readingCopyTagHeaders(tags: readonly string[]): Record<string, string> {
  return tags.length ? { [READING_COPY_TAGS_HEADER]: tags.join(" ") } : {};
}

/**
 * The header with which a reading page that is not in Next's public cache (a share link's page: private, checked
 * per request) lets the server keep a copy anyway, for this many milliseconds. The server removes it before the
 * answer leaves (scripts/serve/reading-copies.ts reads the same name).
 */
export const READING_COPY_HEADER = "x-postfolio-reading-copy";

/** How long the server may answer a share link's page from a copy: a second, never past the link's expiry. */
export function readingCopyHeaders(expiresAt: Date | null, now: Date = new Date()): Record<string, string> {
  const ms = Math.min(1000, expiresAt ? expiresAt.getTime() - now.getTime() : 1000);
  return ms > 0 ? { [READING_COPY_HEADER]: String(Math.floor(ms)) } : {};
}
