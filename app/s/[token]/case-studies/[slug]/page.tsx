import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaseStudyPage } from "@/components/public/case-study-page";
import { visitorFooter } from "@/components/sharing/visitor-footer";
import { activeSharedPortfolio } from "@/lib/sharing/read-model";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string; slug: string }> };

async function load(params: Props["params"]) {
  const { token, slug } = await params;
  const shared = await activeSharedPortfolio(token);
  const study = shared.portfolio.caseStudies.find((item) => item.slug === decodeURIComponent(slug));
  if (!study) notFound();
  return { token, portfolio: shared.portfolio, study };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { portfolio, study } = await load(params);
  return { title: `${study.title} · ${portfolio.displayName}`, robots: { index: false, follow: false, nocache: true }, referrer: "same-origin" };
}

export default async function SharedCaseStudyRoute({ params }: Props) {
  const { token, portfolio, study } = await load(params);
  return (
    <CaseStudyPage
      portfolio={portfolio}
      study={study}
      basePath={`/s/${token}`}
      footer={visitorFooter({ source: { token }, target: `case-study:${study.slug}` })}
    />
  );
}
