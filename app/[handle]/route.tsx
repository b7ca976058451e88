import { PortfolioPage } from "@/components/public/portfolio-page";
import { visitorFooter } from "@/components/sharing/visitor-footer";
import { JsonLd } from "@/components/seo/json-ld";
import { getPublicPortfolio } from "@/lib/public/data";
import { cachedReadingPage, notFoundPage, renderReadingPage } from "@/components/public/static-html";
import { portfolioMetadata, profilePageJsonLd } from "@/lib/seo/metadata";
import { todayIso } from "@/lib/dates";

// A reading page: plain HTML with no client runtime, rendered once and served
// from the data cache until the owner's next change (components/public/static-html.tsx).
// The full-route cache serves hits without running this handler: the response
// is stored with the tags the render collected (portfolio:<userId>,
// handle:<handle>, from unstable_cache), so an owner's change
// (revalidatePublicPage, expire 0) renders it again on the next request.
// force-static: no request data is read (the handler never reads it).
export const dynamic = "force-static";
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

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
          today={todayIso()}
          footer={visitorFooter({ source: { handle: portfolio.handle } })}
          pdfHref={`/${portfolio.handle}/pdf`}
        />
      </>
    );
    return { status: 200, html: await renderReadingPage(portfolioMetadata(portfolio), body) };
  });
}
