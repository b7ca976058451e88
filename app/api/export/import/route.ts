import { AppError } from "@/lib/errors";
import { importRule } from "@/lib/export/limits";
import { importPortfolioExport } from "@/lib/export/mutations";
import { importErrorResponse, readImportRequest } from "@/lib/imports/http";
import { authedUpload } from "@/lib/media/http";
import { enforceRateLimits } from "@/lib/rate-limit";

export const dynamic = "force-dynamic";

/** The confirmed import of a Postfolio export: the same ZIP again, saved all or nothing. `?replaceProfile=1` also takes the profile. */
export async function POST(request: Request) {
  return authedUpload(
    request,
    async (user) => {
      await enforceRateLimits([`export-import:user:${user.id}`], importRule);
      const { bytes } = await readImportRequest(request, false);
      const replaceProfile = new URL(request.url).searchParams.get("replaceProfile") === "1";
      const result = await importPortfolioExport(user.id, bytes, { replaceProfile });
      return Response.json(result, { status: 201, headers: { "cache-control": "no-store" } });
    },
    (error) => {
      if (error instanceof AppError && error.code === "RATE_LIMITED") {
        return Response.json({ code: "RATE_LIMITED" }, { status: 429, headers: { "retry-after": String(error.retryAfterSeconds ?? 3600) } });
      }
      return importErrorResponse(error);
    },
  );
}
