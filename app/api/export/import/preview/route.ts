import { getSessionUser } from "@/lib/auth/session";
import { readExportZip } from "@/lib/export/read";
import { importErrorResponse, readImportRequest } from "@/lib/imports/http";
import { isSameOrigin } from "@/lib/media/http";

export const dynamic = "force-dynamic";

/** Upload → what the export holds (counts), after every check the save makes. Nothing is stored. */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return Response.json({ code: "FORBIDDEN" }, { status: 403 });
  const user = await getSessionUser();
  if (!user) return Response.json({ code: "UNAUTHENTICATED" }, { status: 401 });
  try {
    const { bytes } = await readImportRequest(request, false);
    return Response.json({ counts: readExportZip(bytes).counts }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return importErrorResponse(error);
  }
}
