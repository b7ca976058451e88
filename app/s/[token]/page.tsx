import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PortfolioPage } from "@/components/public/portfolio-page";
import { visitorFooter } from "@/components/sharing/visitor-footer";
import { activeSharedPortfolio, getSharedPortfolio } from "@/lib/sharing/read-model";

// A share link: the portfolio narrowed to the link's sections and anonymized as
// the owner chose, looked up on every request so a revoked link stops at once.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { token } = await params;
  const shared = await getSharedPortfolio(token);
  const robots = { index: false, follow: false, nocache: true };
  if (shared.status !== "active") return { robots };
  const t = await getTranslations("sharing.meta");
  return { title: t("sharedTitle", { name: shared.portfolio.displayName }), robots, referrer: "same-origin" };
}

export default async function SharedPortfolioRoute({ params }: Props) {
  const { token } = await params;
  const shared = await activeSharedPortfolio(token);
  const { portfolio } = shared;
  return (
    <PortfolioPage
      portfolio={portfolio}
      basePath={`/s/${token}`}
      today={new Date().toISOString().slice(0, 10)}
      footer={visitorFooter({ source: { token } })}
      pdfHref={`/s/${token}/pdf`}
    />
  );
}
