import { getLocale, getTranslations } from "next-intl/server";
import { pdfDownload, pdfNotFound } from "@/lib/pdf/http";
import { goneResponse } from "@/lib/sharing/gone-page";
import { getSharedPortfolio } from "@/lib/sharing/read-model";

export const dynamic = "force-dynamic";

/**
 * A share link's page as a PDF, with the link's sections and anonymization and
 * the same checks as /s/<token> (revoked or expired: 410, draft or unknown: 404).
 * No view is recorded: the recipient downloads it from the page, which already
 * counted the visit, and the server's own print of the page is not a visitor.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const shared = await getSharedPortfolio(token);
  if (shared.status === "not-found") return pdfNotFound();
  if (shared.status === "inactive") {
    const [locale, t] = await Promise.all([getLocale(), getTranslations("sharing.gone")]);
    return goneResponse({ lang: locale, title: t("title"), body: t("body"), home: t("home") });
  }
  return pdfDownload(request, { portfolio: shared.portfolio, printPath: `/s/${shared.link.token}`, audience: "private" });
}
