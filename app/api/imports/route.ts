import { getSessionUser } from "@/lib/auth/session";
import { importErrorResponse, readImportRequest } from "@/lib/imports/http";
import { saveImport } from "@/lib/imports/mutations";
import { isSameOrigin } from "@/lib/media/http";

export const dynamic = "force-dynamic";

/** The confirmed import: the same file again with the user's choices, saved all or nothing. */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return Response.json({ code: "FORBIDDEN" }, { status: 403 });
  const user = await getSessionUser();
  if (!user) return Response.json({ code: "UNAUTHENTICATED" }, { status: 401 });
  try {
    const { bytes, options } = await readImportRequest(request, true);
    const result = await saveImport(user.id, bytes, options!);
    return Response.json(result, { status: 201, headers: { "cache-control": "no-store" } });
  } catch (error) {
    return importErrorResponse(error);
  }
}
