import { DocumentsScreen } from "@/components/documents/documents-screen";
import { requireUser } from "@/lib/auth/session";
import { listDocuments } from "@/lib/documents/data";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("documents.title");

export default async function DocumentsPage() {
  const user = await requireUser("/dashboard/documents");
  const documents = await listDocuments(user.id);
  return <DocumentsScreen documents={documents} />;
}
