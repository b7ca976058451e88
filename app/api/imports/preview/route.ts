import { getSessionUser } from "@/lib/auth/session";
import { importErrorResponse, readImportRequest } from "@/lib/imports/http";
import { scanFile } from "@/lib/imports/scan";
import { isSameOrigin } from "@/lib/media/http";

export const dynamic = "force-dynamic";

/** Upload → recognised reports and their first rows. Nothing is stored. */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return Response.json({ code: "FORBIDDEN" }, { status: 403 });
  const user = await getSessionUser();
  if (!user) return Response.json({ code: "UNAUTHENTICATED" }, { status: 401 });
  try {
    const { bytes } = await readImportRequest(request, false);
    return Response.json(scanFile(bytes), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return importErrorResponse(error);
  }
}
