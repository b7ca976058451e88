import { getTranslations } from "next-intl/server";
import { exportViewsCsv } from "@/lib/analytics/data";
import { getSessionUser } from "@/lib/auth/session";
import { todayIso } from "@/lib/dates";

// The owner's views as CSV. Only ever the signed-in user's own data.
export async function GET() {
  const user = await getSessionUser();
  if (!user) return new Response("Sign in to export your views.", { status: 401, headers: { "Cache-Control": "no-store" } });
  const t = await getTranslations("analytics.csv");
  const csv = await exportViewsCsv(user.id, {
    header: [t("time"), t("recipient"), t("company"), t("target"), t("referrer"), t("country"), t("device"), t("visitor")],
    publicPage: t("publicPage"),
  });
  const date = todayIso();
  // A BOM so spreadsheet apps read the file as UTF-8.
  return new Response(`\uFEFF${csv}\r\n`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="postfolio-views-${date}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
