import "server-only";
import { after } from "next/server";

// The reading-page copies scripts/serve.ts keeps for a second (scripts/serve/reading-copies.ts) live in
// this same process; an owner's change forgets them with the tag it expires. Absent (tests, scripts,
// several instances): nothing to forget.
const READING_COPIES = Symbol.for("postfolio.readingCopies");

type Copies = { forget: () => void };

/** Call beside every revalidateTag of a public page: now, and again once the action has answered (Next applies the expiry at its end). */
export function forgetReadingCopies(): void {
  const copies = (globalThis as Record<symbol, Copies | undefined>)[READING_COPIES];
  if (!copies) return;
  copies.forget();
  try {
    after(() => copies.forget());
  } catch {
    // Outside a request (a script): there is no answer to wait for.
  }
}
