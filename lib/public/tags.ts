import "server-only";
import { expirePublicTags } from "@/lib/cache/expire";

/** The tag of every cached read that looked a handle up. */
export function handleTag(handle: string): string {
  return `handle:${handle.toLowerCase()}`;
}

/**
 * Call after a handle is taken, changed or released (with the old and the new
 * handle): the public page at `/<handle>` reloads on its next request.
 */
export function revalidateHandle(handle: string): void {
  expirePublicTags([handleTag(handle)]);
}
