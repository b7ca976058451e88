import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PortfolioPage } from "@/components/public/portfolio-page";
import { visitorFooter } from "@/components/sharing/visitor-footer";
import { JsonLd } from "@/components/seo/json-ld";
import { getPublicPortfolio } from "@/lib/public/data";
import { portfolioMetadata, profilePageJsonLd } from "@/lib/seo/metadata";

// Read far more than written: rendered on the first request, then served from
// the cache until the owner's next change (revalidateTag on portfolio:<userId>).
// The short revalidate bounds one race Next cannot see: a render already in
// flight when the owner saves (e.g. a link prefetch) stores the old page after
// the invalidation. Re-rendering reads the data cache, not the database.
export const dynamicParams = true;
export const revalidate = 60;

export function generateStaticParams(): { handle: string }[] {
  return [];
}

type Props = { params: Promise<{ handle: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params;
  const portfolio = await getPublicPortfolio(handle);
  return portfolio ? portfolioMetadata(portfolio) : {};
}

export default async function PublicPortfolioRoute({ params }: Props) {
  const { handle } = await params;
  const portfolio = await getPublicPortfolio(handle);
  if (!portfolio) notFound();
  return (
    <>
      <JsonLd data={profilePageJsonLd(portfolio)} />
      <PortfolioPage
        portfolio={portfolio}
        basePath={`/${portfolio.handle}`}
        today={new Date().toISOString().slice(0, 10)}
        footer={visitorFooter({ source: { handle: portfolio.handle } })}
        pdfHref={`/${portfolio.handle}/pdf`}
      />
    </>
  );
}
