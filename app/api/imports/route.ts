import { importErrorResponse, readImportRequest } from "@/lib/imports/http";
import { saveImport } from "@/lib/imports/mutations";
import { authedUpload } from "@/lib/media/http";

export const dynamic = "force-dynamic";

/** The confirmed import: the same file again with the user's choices, saved all or nothing. */
export async function POST(request: Request) {
  return authedUpload(
    request,
    async (user) => {
      const { bytes, options } = await readImportRequest(request, true);
      const result = await saveImport(user.id, bytes, options!);
      return Response.json(result, { status: 201, headers: { "cache-control": "no-store" } });
    },
    importErrorResponse,
  );
}
