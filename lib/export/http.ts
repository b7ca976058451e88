import "server-only";
// The route handlers of "Import a Postfolio export" (app/api/export/import/{route,preview/route}.ts), as factories so
// that a test can inject small upload limits. The upload itself is lib/export/upload.ts.
import { AppError } from "@/lib/errors";
import { importErrorResponse } from "@/lib/imports/http";
import { authedUpload } from "@/lib/media/http";
import { enforceRateLimits } from "@/lib/rate-limit";
import { importRule } from "./limits";
import { importPortfolioExport } from "./mutations";
import { readExportZip } from "./read";
import { defaultUploadLimits, exportImportOptions, withUploadedExport, type ExportUploadLimits } from "./upload";

const noStore = { "cache-control": "no-store" };

/** POST /api/export/import/preview: the raw ZIP body → what the export holds (counts), after every check the save makes. Nothing is stored. */
export function exportPreviewHandler(limits: ExportUploadLimits = defaultUploadLimits()) {
  return (request: Request) =>
    authedUpload(
      request,
      () => withUploadedExport(request, limits, async (file) => Response.json({ counts: (await readExportZip(file)).counts }, { headers: noStore })),
      importErrorResponse,
    );
}

/** POST /api/export/import: the same ZIP again, saved all or nothing. `?replaceProfile=1` also takes the profile. */
export function exportImportHandler(limits: ExportUploadLimits = defaultUploadLimits()) {
  return (request: Request) =>
    authedUpload(
      request,
      async (user) => {
        const options = exportImportOptions(request);
        await enforceRateLimits([`export-import:user:${user.id}`], importRule);
        return withUploadedExport(request, limits, async (file) => {
          const result = await importPortfolioExport(user.id, file, options);
          return Response.json(result, { status: 201, headers: noStore });
        });
      },
      (error) => {
        if (error instanceof AppError && error.code === "RATE_LIMITED") {
          return Response.json({ code: "RATE_LIMITED" }, { status: 429, headers: { "retry-after": String(error.retryAfterSeconds ?? 3600) } });
        }
        return importErrorResponse(error);
      },
    );
}
