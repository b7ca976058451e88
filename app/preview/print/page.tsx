import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PortfolioPage } from "@/components/public/portfolio-page";
import { requireUser } from "@/lib/auth/session";
import { getPreviewPortfolio } from "@/lib/public/data";
import { todayIso } from "@/lib/dates";
import { getTranslations } from "next-intl/server";

// What /dashboard/preview/pdf prints: the signed-in owner's own portfolio in any
// visibility, without the dashboard or the preview banner. It shows only the
// session user's portfolio (owner id in the where), so there is nothing here
// for anyone else to open. "preview" is a reserved handle: this never shadows a portfolio.
export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("publicPage.pdf");
  return { title: t("printTitle"), robots: { index: false, follow: false } };
}

export default async function OwnerPrintRoute() {
  const user = await requireUser("/dashboard/preview");
  const portfolio = await getPreviewPortfolio(user.id);
  if (!portfolio) notFound();
  // Links point where visitors will find each item once published.
  return <PortfolioPage portfolio={portfolio} basePath={`/${portfolio.handle}`} today={todayIso()} />;
}
