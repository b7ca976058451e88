import { notFound } from "next/navigation";
import { CaseStudyPage } from "@/components/public/case-study-page";
import { PreviewBanner } from "@/components/public/preview-banner";
import { requireUser } from "@/lib/auth/session";
import { getPreviewPortfolio } from "@/lib/public/data";

export const metadata = { title: "Preview" };

export default async function PreviewCaseStudyRoute({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser(`/dashboard/preview/case-studies/${slug}`);
  const portfolio = await getPreviewPortfolio(user.id);
  const study = portfolio?.caseStudies.find((item) => item.slug === decodeURIComponent(slug));
  if (!portfolio || !study) notFound();
  return (
    <div className="-mx-4 -my-6 overflow-hidden sm:-mx-6 lg:mx-0 lg:my-0 lg:rounded-card lg:border lg:border-border">
      <CaseStudyPage
        portfolio={portfolio}
        study={study}
        basePath="/dashboard/preview"
        embedded
        banner={<PreviewBanner visibility={portfolio.visibility} handle={portfolio.handle} />}
      />
    </div>
  );
}
