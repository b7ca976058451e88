"use client";

import type { ActionResult } from "@/lib/safe-action";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/body-limit";

/**
 * Calls a server action so that its answer is always an ActionResult: input
 * over the body limit is refused before sending (TOO_LARGE), and a call that
 * rejects (the server answered 413 or 500, or the network failed) becomes a
 * failure the form shows like any other, instead of an unhandled error.
 */
export async function callAction<I, R>(action: (input: I) => Promise<R>, input: I): Promise<R | ActionResult<never>> {
  if (encodedSize(input) > SERVER_ACTION_BODY_LIMIT_BYTES) return { ok: false, code: "TOO_LARGE" };
  try {
    return await action(input);
  } catch (error) {
    // Next's redirect()/notFound() signal by throwing; let them through.
    if (error instanceof Error && "digest" in error && String((error as { digest: unknown }).digest).startsWith("NEXT_")) throw error;
    console.error(error);
    return { ok: false, code: "INTERNAL" };
  }
}

/** Roughly the bytes the action's request body takes (JSON as UTF-8). */
function encodedSize(input: unknown): number {
  try {
    return new TextEncoder().encode(JSON.stringify(input) ?? "").byteLength;
  } catch {
    return 0;
  }
}
