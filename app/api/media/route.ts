import { getSessionUser } from "@/lib/auth/session";
import { errorResponse, isSameOrigin, readUploadRequest } from "@/lib/media/http";
import { uploadMedia } from "@/lib/media/mutations";

export const dynamic = "force-dynamic";

/** Multipart upload (`file`, `alt`, `purpose`); a route handler so the browser can report upload progress. */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return Response.json({ code: "FORBIDDEN" }, { status: 403 });
  const user = await getSessionUser();
  if (!user) return Response.json({ code: "UNAUTHENTICATED" }, { status: 401 });
  try {
    const upload = await readUploadRequest(request);
    const media = await uploadMedia(user.id, upload);
    return Response.json(media, { status: 201, headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
