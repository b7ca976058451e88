import { CaseStudyPage } from "@/components/public/case-study-page";
import { visitorFooter } from "@/components/sharing/visitor-footer";
import { findCaseStudy, renamedCaseStudySlug } from "@/lib/public/data";
import { notFoundPage, permanentRedirectPage, renderReadingPage } from "@/components/public/static-html";
import { sharedReadingPage } from "@/components/sharing/shared-reading-page";
import { sharedLinkMetadata } from "@/lib/seo/metadata";

// A reading page under a share link (plain HTML, checked every request): see app/s/[token]/route.tsx.
type Context = { params: Promise<{ token: string; slug: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { token, slug } = await params;
  return sharedReadingPage(
    token,
    async ({ portfolio }) => {
      const study = findCaseStudy(portfolio, slug);
      if (!study) {
        // A renamed case study's old slug (safe ones only, as on /<handle>) moves to the current one under the same link.
        const current = renamedCaseStudySlug(portfolio, slug);
        return current ? permanentRedirectPage(`/s/${encodeURIComponent(token)}/case-studies/${encodeURIComponent(current)}`) : notFoundPage();
      }
      const metadata = sharedLinkMetadata(`${study.title} · ${portfolio.displayName}`);
      const body = (
        <CaseStudyPage
          portfolio={portfolio}
          study={study}
          basePath={`/s/${token}`}
          footer={visitorFooter({ source: { token }, target: `case-study:${study.slug}` })}
        />
      );
      return { status: 200, html: await renderReadingPage(metadata, body) };
    },
    { cacheAs: `case-study:${slug}` },
  );
}
