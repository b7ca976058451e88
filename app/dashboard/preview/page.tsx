import { PortfolioPage } from "@/components/public/portfolio-page";
import { PreviewFrame } from "@/components/public/preview-banner";
import { requireUser } from "@/lib/auth/session";
import { loadPreview } from "@/lib/public/loaders";
import { todayIso } from "@/lib/dates";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("dashboard.overview.page.preview");

export default async function PreviewRoute() {
  const user = await requireUser("/dashboard/preview");
  const portfolio = await loadPreview(user.id);
  return (
    <PreviewFrame
      portfolio={portfolio}
      page={(preview) => <PortfolioPage portfolio={portfolio} today={todayIso()} pdfHref="/dashboard/preview/pdf" {...preview} />}
    />
  );
}
