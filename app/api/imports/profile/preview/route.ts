import { importErrorResponse, readImportRequest } from "@/lib/imports/http";
import { authedUpload } from "@/lib/media/http";
import { previewProfileImport } from "@/lib/profile-import/data";

export const dynamic = "force-dynamic";

/** Upload (a LinkedIn data ZIP or a JSON Resume) → every entry, duplicates marked. Nothing is stored: the save takes the ticked entries. */
export async function POST(request: Request) {
  return authedUpload(
    request,
    async (user) => {
      const { bytes } = await readImportRequest(request, false);
      return Response.json(await previewProfileImport(user.id, bytes), { headers: { "cache-control": "no-store" } });
    },
    importErrorResponse,
  );
}
