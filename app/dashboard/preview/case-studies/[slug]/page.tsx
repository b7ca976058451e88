import { CaseStudyPage } from "@/components/public/case-study-page";
import { PreviewBanner } from "@/components/public/preview-banner";
import { requireUser } from "@/lib/auth/session";
import { loadPreviewCaseStudy } from "@/lib/public/loaders";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("dashboard.overview.page.preview");

export default async function PreviewCaseStudyRoute({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser(`/dashboard/preview/case-studies/${slug}`);
  const { portfolio, study } = await loadPreviewCaseStudy(user.id, slug);
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
