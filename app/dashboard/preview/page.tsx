import { PortfolioPage } from "@/components/public/portfolio-page";
import { PreviewBanner } from "@/components/public/preview-banner";
import { requireUser } from "@/lib/auth/session";
import { loadPreview } from "@/lib/public/loaders";
import { todayIso } from "@/lib/dates";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("dashboard.overview.page.preview");

export default async function PreviewRoute() {
  const user = await requireUser("/dashboard/preview");
  const portfolio = await loadPreview(user.id);
  return (
    <div className="-mx-4 -my-6 overflow-hidden sm:-mx-6 lg:mx-0 lg:my-0 lg:rounded-card lg:border lg:border-border">
      <PortfolioPage
        portfolio={portfolio}
        basePath="/dashboard/preview"
        embedded
        banner={<PreviewBanner visibility={portfolio.visibility} handle={portfolio.handle} />}
        today={todayIso()}
        pdfHref="/dashboard/preview/pdf"
      />
    </div>
  );
}
