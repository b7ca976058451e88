import { getTranslations } from "next-intl/server";
import { DocumentForm } from "@/components/documents/document-form";
import { EditorPage } from "@/components/editor/editor-page";
import { requireUser } from "@/lib/auth/session";
import { loadDocumentEditor } from "@/lib/documents/loaders";
import { pageTitle } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("documents.editTitle");

export default async function EditDocumentPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/dashboard/documents/${id}`);
  const [{ document, campaigns }, t] = await Promise.all([loadDocumentEditor(user.id, id), getTranslations()]);
  return (
    <EditorPage title={document.title} lead={t("documents.editTitle")} back="/dashboard/documents">
      <DocumentForm document={document} campaigns={campaigns} />
    </EditorPage>
  );
}
