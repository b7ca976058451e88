import { authedUpload, errorResponse, readUploadRequest } from "@/lib/media/http";
import { uploadMedia } from "@/lib/media/mutations";

export const dynamic = "force-dynamic";

/** Multipart upload (`file`, `alt`, `purpose`); a route handler so the browser can report upload progress. */
export async function POST(request: Request) {
  return authedUpload(
    request,
    async (user) => {
      const upload = await readUploadRequest(request);
      const media = await uploadMedia(user.id, upload);
      return Response.json(media, { status: 201, headers: { "cache-control": "no-store" } });
    },
    errorResponse,
  );
}
