import { getSessionUser } from "@/lib/auth/session";
import { readImportFile } from "@/lib/imports/data";

export const dynamic = "force-dynamic";

const EXTENSIONS: Record<string, string> = { csv: "csv", xlsx: "xlsx", zip: "zip" };

/** The original export file, for its owner only; anyone else gets the same 404 as a missing one. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const missing = () => new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  const user = await getSessionUser();
  if (!user) return missing();
  const { id } = await params;
  try {
    const { object, fileType } = await readImportFile(user.id, id);
    return new Response(object.body, {
      headers: {
        "content-type": "application/octet-stream",
        "content-disposition": `attachment; filename="import-${id}.${EXTENSIONS[fileType] ?? "bin"}"`,
        "content-length": String(object.size),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch {
    return missing();
  }
}
