import "server-only";
import { revalidateTag } from "next/cache";
import { forgetReadingCopies } from "./reading-copies";

// How an owner's change reaches the public pages. A tag expired "at once" (`expire: 0`) makes every entry written
// before now unusable, but Next compares an entry's write time, not the time its render read the database: a render
// that read the portfolio just before the change and stored its page just after it (a visitor opening the page while
// the owner publishes) is newer than the expiry, so Next kept that old page for the route's whole `revalidate` (60 s).
// CI met it: a case study still 404 ten seconds after "Save visibility". So every public tag has a settle twin on the
// same entries, expired SETTLE_SECONDS later (`expire: n`: whatever was written before then is dropped then), and what
// a render in flight stored lives at most that long.

/** How long after an owner's change a page rendered during it may still be served. */
export const SETTLE_SECONDS = 5;

/** The twin of a public cache tag whose expiry comes SETTLE_SECONDS after the change. */
export function settleTag(tag: string): string {
  return `${tag}:settle`;
}

/** What a cached public read carries: each tag and its settle twin. */
export function withSettle(tags: readonly string[]): string[] {
  return tags.flatMap((tag) => [tag, settleTag(tag)]);
}

/**
 * An owner's change to public pages: the entries under `tags` expire at once (the next visitor gets the change), their
 * settle twins SETTLE_SECONDS later, and the server's reading copies of those pages are forgotten.
 */
export function expirePublicTags(tags: readonly string[]): void {
  for (const tag of tags) {
    revalidateTag(tag, { expire: 0 });
    revalidateTag(settleTag(tag), { expire: SETTLE_SECONDS });
  }
  forgetReadingCopies(withSettle(tags));
}
