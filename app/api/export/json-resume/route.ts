import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { readJsonResume } from "@/lib/export/data";

export const dynamic = "force-dynamic";

/** The signed-in owner's profile, experience, education, certifications, skills and projects as a JSON Resume. */
export async function GET() {
  const user = await getSessionUser();
  if (!user) return Response.json({ code: "UNAUTHENTICATED" }, { status: 401, headers: { "cache-control": "no-store" } });
  const [t, tm] = await Promise.all([getTranslations("dataExport"), getTranslations("metrics.kinds")]);
  const resume = await readJsonResume(user.id, {
    tools: t("jsonResume.tools"),
    metric: (kind, customName) => (kind === "CUSTOM" && customName ? customName : tm(kind as "REACH")),
    number: (value) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(value),
  });
  return new Response(`${JSON.stringify(resume, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'attachment; filename="resume.json"',
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
