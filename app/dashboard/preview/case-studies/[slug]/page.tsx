import { CaseStudyPage } from "@/components/public/case-study-page";
import { PreviewFrame } from "@/components/public/preview-banner";
import { requireUser } from "@/lib/auth/session";
import { loadPreviewCaseStudy } from "@/lib/public/loaders";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("dashboard.overview.page.preview");

export default async function PreviewCaseStudyRoute({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser(`/dashboard/preview/case-studies/${slug}`);
  const { portfolio, study } = await loadPreviewCaseStudy(user.id, slug);
  return <PreviewFrame portfolio={portfolio} page={(preview) => <CaseStudyPage portfolio={portfolio} study={study} {...preview} />} />;
}
