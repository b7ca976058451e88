import { PortfolioPage } from "@/components/public/portfolio-page";
import { visitorFooter } from "@/components/sharing/visitor-footer";
import { JsonLd } from "@/components/seo/json-ld";
import { getPublicPortfolio } from "@/lib/public/data";
import { cachedReadingPage, notFoundPage, renderReadingPage } from "@/lib/public/static-html";
import { portfolioMetadata, profilePageJsonLd } from "@/lib/seo/metadata";

// A reading page: plain HTML with no client runtime, rendered once and served
// from the data cache until the owner's next change (lib/public/static-html.tsx).
type Context = { params: Promise<{ handle: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { handle } = await params;
  return cachedReadingPage(handle, "", async () => {
    const portfolio = await getPublicPortfolio(handle);
    if (!portfolio) return notFoundPage();
    const body = (
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
    return { status: 200, html: await renderReadingPage(portfolioMetadata(portfolio), body) };
  });
}
