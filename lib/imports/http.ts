import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { authedUpload, multipartWithFile, readCapped } from "@/lib/media/http";
import { UploadTooLargeError } from "@/lib/media/errors";
import { ImportFileError } from "./errors";
import { MAX_FILE_BYTES } from "./limits";
import { fileError } from "./mutations";
import { saveImportSchema, type SaveImport } from "./schema";

/** The largest request: the largest file plus room for the multipart envelope and the options. */
const MAX_REQUEST_BYTES = MAX_FILE_BYTES + 512 * 1024;

/** Multipart `file` (and `options`, JSON) read with the size limit enforced while reading. */
export async function readImportRequest(request: Request, withOptions: boolean): Promise<{ bytes: Uint8Array; options: SaveImport | null }> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) throw new AppError("VALIDATION", { fieldErrors: { file: ["missingFile"] } });
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > MAX_REQUEST_BYTES) throw fileError(new ImportFileError("tooLarge"));
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readCapped(request.body, MAX_REQUEST_BYTES);
  } catch (error) {
    if (error instanceof UploadTooLargeError) throw fileError(new ImportFileError("tooLarge"));
    throw error;
  }
  const { form, file } = await multipartWithFile(body, contentType);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!withOptions) return { bytes, options: null };
  let json: unknown;
  try {
    json = JSON.parse(String(form.get("options") ?? ""));
  } catch {
    throw new AppError("VALIDATION", { fieldErrors: { options: ["invalid"] } });
  }
  const parsed = saveImportSchema.safeParse(json);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "options"] ??= []).push(issue.message);
    throw new AppError("VALIDATION", { fieldErrors });
  }
  return { bytes, options: parsed.data };
}

export type ImportErrorBody = { code: string; fieldErrors?: Record<string, string[]> };

export function importErrorResponse(error: unknown): Response {
  const headers = { "cache-control": "no-store" };
  if (error instanceof ImportFileError) error = fileError(error);
  if (error instanceof AppError) {
    const status = ({ VALIDATION: 422, UNAUTHENTICATED: 401, NOT_FOUND: 404, RATE_LIMITED: 429, CONFLICT: 409 } as Record<string, number>)[error.code] ?? 500;
    return Response.json({ code: error.code, fieldErrors: error.fieldErrors } satisfies ImportErrorBody, { status, headers });
  }
  if (error instanceof z.ZodError) return Response.json({ code: "VALIDATION" } satisfies ImportErrorBody, { status: 422, headers });
  console.error(error);
  return Response.json({ code: "INTERNAL" } satisfies ImportErrorBody, { status: 500, headers });
}

/**
 * The POST handler of an upload's preview (a report file, a Postfolio export): signed in and same origin, the file
 * read with the size limit, answered with what `preview` finds in it. Nothing is stored.
 */
export function previewRoute(preview: (bytes: Uint8Array) => unknown) {
  return (request: Request) =>
    authedUpload(
      request,
      async () => {
        const { bytes } = await readImportRequest(request, false);
        return Response.json(await preview(bytes), { headers: { "cache-control": "no-store" } });
      },
      importErrorResponse,
    );
}
