import "server-only";
// "Import a Postfolio export" receives the ZIP as the raw request body (`Content-Type: application/zip`), not as a
// multipart form: the body is streamed to a temporary file with the size cap enforced while it arrives, and the
// export's reader (lib/export/unzip.ts) reads that file in chunks. Nothing holds the whole upload in memory.
// The temporary file is always removed in `finally`: after the work, on a refusal, and when the client aborts.
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { MAX_EXPORT_UPLOAD_BYTES } from "./limits";

/** Limits of the upload; injectable so that a test can prove the cap with a small one. */
export type ExportUploadLimits = {
  /** The largest body accepted, in bytes (the declared Content-Length is checked first, then the bytes as they arrive). */
  maxBytes: number;
  /** Where the temporary file goes (a fresh folder inside it per upload). */
  tmpDir: string;
};

export const defaultUploadLimits = (): ExportUploadLimits => ({ maxBytes: MAX_EXPORT_UPLOAD_BYTES, tmpDir: os.tmpdir() });

/** The options of the confirmed import, from the query string: `?replaceProfile=1` also takes the profile. */
export const exportImportQuerySchema = z.object({ replaceProfile: z.enum(["0", "1"]).default("0") }).strict();

export function exportImportOptions(request: Request): { replaceProfile: boolean } {
  const parsed = exportImportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new AppError("VALIDATION", { fieldErrors: { options: ["invalid"] } });
  return { replaceProfile: parsed.data.replaceProfile === "1" };
}

const tooLarge = () => new AppError("VALIDATION", { fieldErrors: { file: ["uploadStream.errors.tooLarge"] } });
const notZip = () => new AppError("VALIDATION", { fieldErrors: { file: ["dataExport.errors.notAnExport"] } });

/** The prefix of every upload's temporary folder (a test looks for leftovers by it). */
export const UPLOAD_TMP_PREFIX = "postfolio-export-upload-";

/**
 * Streams the request's body to a temporary file, refusing it (AppError VALIDATION on `file`) when it is not a ZIP
 * upload or passes `limits.maxBytes`, then runs `work` with the file's path. The file is removed in any case.
 */
export async function withUploadedExport<T>(
  request: Request,
  limits: ExportUploadLimits,
  work: (file: { path: string; bytes: number }) => Promise<T>,
): Promise<T> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/zip") throw notZip();
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > limits.maxBytes) throw tooLarge();
  if (!request.body) throw notZip();

  const folder = await mkdtemp(path.join(limits.tmpDir, UPLOAD_TMP_PREFIX));
  try {
    const file = path.join(folder, `${randomBytes(8).toString("hex")}.zip`);
    let bytes = 0;
    const cap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done(bytes > limits.maxBytes ? tooLarge() : null, chunk);
      },
    });
    await pipeline(Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>), cap, createWriteStream(file, { flags: "wx" }));
    return await work({ path: file, bytes });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
