import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { todayIso } from "@/lib/dates";
import { exportArchive } from "@/lib/export/archive";
import { exportRule } from "@/lib/export/limits";
import { hitRateLimit } from "@/lib/rate-limit";

export const dynamic = "force-dynamic";

/** "Export everything": the signed-in owner's portfolio.json, files and views CSV as one streamed ZIP. */
export async function GET() {
  const noStore = { "cache-control": "no-store" };
  const user = await getSessionUser();
  if (!user) return Response.json({ code: "UNAUTHENTICATED" }, { status: 401, headers: noStore });
  const limit = await hitRateLimit(`export:user:${user.id}`, exportRule);
  if (!limit.allowed) {
    return Response.json({ code: "RATE_LIMITED" }, { status: 429, headers: { ...noStore, "retry-after": String(limit.retryAfterSeconds) } });
  }
  const t = await getTranslations("analytics.csv");
  const body = await exportArchive(user.id, {
    header: [t("time"), t("recipient"), t("company"), t("target"), t("referrer"), t("country"), t("device"), t("visitor")],
    publicPage: t("publicPage"),
  });
  return new Response(body, {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="postfolio-export-${todayIso()}.zip"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
