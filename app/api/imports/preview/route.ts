import { importErrorResponse, readImportRequest } from "@/lib/imports/http";
import { scanFile } from "@/lib/imports/scan";
import { authedUpload } from "@/lib/media/http";

export const dynamic = "force-dynamic";

/** Upload → recognised reports and their first rows. Nothing is stored. */
export async function POST(request: Request) {
  return authedUpload(
    request,
    async () => {
      const { bytes } = await readImportRequest(request, false);
      return Response.json(scanFile(bytes), { headers: { "cache-control": "no-store" } });
    },
    importErrorResponse,
  );
}
