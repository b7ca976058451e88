import { getLocale, getTranslations } from "next-intl/server";
import { goneResponse } from "@/lib/sharing/gone-page";

// Where /s/<token> sends a revoked or expired link: HTTP 410 and nothing of the portfolio.
export async function GET() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("sharing.gone")]);
  return goneResponse({ lang: locale, title: t("title"), body: t("body"), home: t("home") });
}
