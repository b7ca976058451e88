import { errorResponse, serveMedia } from "@/lib/media/http";

export const dynamic = "force-dynamic";

/** A stored file (variant display | thumb | file), with the visibility of the item it belongs to. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; variant: string }> }) {
  const { id, variant } = await params;
  try {
    return await serveMedia(request, id, variant);
  } catch (error) {
    return errorResponse(error);
  }
}
