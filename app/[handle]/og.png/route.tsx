import { ogImageNotFound, ogImageResponse } from "@/components/seo/og-image";
import { getPublicPortfolio } from "@/lib/public/data";
import { portfolioCard } from "@/lib/seo/card";
import { siteHost } from "@/lib/site";

/** The portfolio's preview image (Open Graph / Twitter card); 404 unless the portfolio is public. */
export async function GET(request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  const portfolio = await getPublicPortfolio(handle);
  if (!portfolio) return ogImageNotFound();
  return ogImageResponse(request, portfolioCard(portfolio, siteHost()));
}
