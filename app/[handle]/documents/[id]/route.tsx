import { DocumentPage } from "@/components/public/document-page";
import { visitorFooter } from "@/components/sharing/visitor-footer";
import { getPublicPortfolio } from "@/lib/public/data";
import { documentMetadata } from "@/lib/seo/metadata";
import { cachedReadingPage, notFoundPage, renderReadingPage } from "@/components/public/static-html";

// A reading page (plain HTML, cached by the portfolio's tags): see app/[handle]/route.tsx.
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

type Context = { params: Promise<{ handle: string; id: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { handle, id } = await params;
  return cachedReadingPage(handle, `documents/${id}`, async () => {
    const portfolio = await getPublicPortfolio(handle);
    const document = portfolio?.documents.find((item) => item.id === id);
    if (!portfolio || !document) return notFoundPage();
    const metadata = documentMetadata(portfolio, document);
    const body = (
      <DocumentPage
        portfolio={portfolio}
        document={document}
        basePath={`/${portfolio.handle}`}
        footer={visitorFooter({ source: { handle: portfolio.handle }, target: `document:${document.id}` })}
      />
    );
    return { status: 200, html: await renderReadingPage(metadata, body) };
  });
}
