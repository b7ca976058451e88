import { DocumentPage } from "@/components/public/document-page";
import { PreviewFrame } from "@/components/public/preview-banner";
import { requireUser } from "@/lib/auth/session";
import { loadPreviewDocument } from "@/lib/public/loaders";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("dashboard.overview.page.preview");

export default async function PreviewDocumentRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/dashboard/preview/documents/${id}`);
  const { portfolio, document } = await loadPreviewDocument(user.id, id);
  return <PreviewFrame portfolio={portfolio} page={(preview) => <DocumentPage portfolio={portfolio} document={document} {...preview} />} />;
}
