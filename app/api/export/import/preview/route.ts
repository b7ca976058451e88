import { readExportZip } from "@/lib/export/read";
import { importErrorResponse, readImportRequest } from "@/lib/imports/http";
import { authedUpload } from "@/lib/media/http";

export const dynamic = "force-dynamic";

/** Upload → what the export holds (counts), after every check the save makes. Nothing is stored. */
export async function POST(request: Request) {
  return authedUpload(
    request,
    async () => {
      const { bytes } = await readImportRequest(request, false);
      return Response.json({ counts: (await readExportZip(bytes)).counts }, { headers: { "cache-control": "no-store" } });
    },
    importErrorResponse,
  );
}
