import { DocumentPage } from "@/components/public/document-page";
import { PreviewBanner } from "@/components/public/preview-banner";
import { requireUser } from "@/lib/auth/session";
import { loadPreviewDocument } from "@/lib/public/loaders";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("dashboard.overview.page.preview");

export default async function PreviewDocumentRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/dashboard/preview/documents/${id}`);
  const { portfolio, document } = await loadPreviewDocument(user.id, id);
  return (
    <div className="-mx-4 -my-6 overflow-hidden sm:-mx-6 lg:mx-0 lg:my-0 lg:rounded-card lg:border lg:border-border">
      <DocumentPage
        portfolio={portfolio}
        document={document}
        basePath="/dashboard/preview"
        embedded
        banner={<PreviewBanner visibility={portfolio.visibility} handle={portfolio.handle} />}
      />
    </div>
  );
}
