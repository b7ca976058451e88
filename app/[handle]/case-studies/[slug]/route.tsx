import { CaseStudyPage } from "@/components/public/case-study-page";
import { visitorFooter } from "@/components/sharing/visitor-footer";
import { getPublicCaseStudy, getPublicPortfolio, renamedCaseStudySlug } from "@/lib/public/data";
import { cachedReadingPage, notFoundPage, permanentRedirectPage, renderReadingPage } from "@/components/public/static-html";
import { caseStudyMetadata } from "@/lib/seo/metadata";

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

type Context = { params: Promise<{ handle: string; slug: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { handle, slug } = await params;
  return cachedReadingPage(handle, `case-studies/${slug}`, async () => {
    const found = await getPublicCaseStudy(handle, slug);
    if (!found) {
      // A renamed case study: its old URL (shared, bookmarked, indexed) moves permanently to the current one.
      // Only safe old slugs are in the view, so one that named a confidential client is 404 like any unknown slug.
      const portfolio = await getPublicPortfolio(handle);
      const current = portfolio ? renamedCaseStudySlug(portfolio, slug) : null;
      if (portfolio && current) return permanentRedirectPage(`/${portfolio.handle}/case-studies/${encodeURIComponent(current)}`);
      return notFoundPage();
    }
    const { portfolio, study } = found;
    const body = (
      <CaseStudyPage
        portfolio={portfolio}
        study={study}
        basePath={`/${portfolio.handle}`}
        footer={visitorFooter({ source: { handle: portfolio.handle }, target: `case-study:${study.slug}` })}
      />
    );
    return { status: 200, html: await renderReadingPage(caseStudyMetadata(portfolio, study), body) };
  });
}
