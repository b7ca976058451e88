import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { CaseStudyPage } from "@/components/public/case-study-page";
import { visitorFooter } from "@/components/sharing/visitor-footer";
import { getPublicCaseStudy, getPublicPortfolio, renamedCaseStudySlug } from "@/lib/public/data";
import { caseStudyMetadata } from "@/lib/seo/metadata";

export const dynamicParams = true;
// See app/[handle]/page.tsx for why 60 seconds.
export const revalidate = 60;

export function generateStaticParams(): { handle: string; slug: string }[] {
  return [];
}

type Props = { params: Promise<{ handle: string; slug: string }> };

async function load(params: Props["params"]) {
  const { handle, slug } = await params;
  const found = await getPublicCaseStudy(handle, slug);
  if (found) return found;
  // A renamed case study: its old URL (shared, bookmarked, indexed) moves permanently to the current one.
  const portfolio = await getPublicPortfolio(handle);
  const current = portfolio ? renamedCaseStudySlug(portfolio, slug) : null;
  if (portfolio && current) permanentRedirect(`/${portfolio.handle}/case-studies/${encodeURIComponent(current)}`);
  return null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  return found ? caseStudyMetadata(found.portfolio, found.study) : {};
}

export default async function PublicCaseStudyRoute({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { portfolio, study } = found;
  return (
    <CaseStudyPage
      portfolio={portfolio}
      study={study}
      basePath={`/${portfolio.handle}`}
      footer={visitorFooter({ source: { handle: portfolio.handle }, target: `case-study:${study.slug}` })}
    />
  );
}
