import { getSessionUser } from "@/lib/auth/session";
import { ownDraftStatus } from "@/lib/public/owner-draft";

export const dynamic = "force-dynamic";

/**
 * The owner check of the cached "not available" page (lib/public/owner-check-script.ts):
 * { draft: true } only for the signed-in owner of a non-public `handle`. Private
 * and never stored, so the page itself stays one cached response for everyone.
 */
export async function GET(request: Request) {
  const headers = { "cache-control": "private, no-store", "x-robots-tag": "noindex" };
  const handle = new URL(request.url).searchParams.get("handle") ?? "";
  const user = /^[a-z0-9-]{1,64}$/i.test(handle) ? await getSessionUser() : null;
  const status = user ? await ownDraftStatus(user.id, handle) : { draft: false };
  return Response.json(status, { headers });
}
