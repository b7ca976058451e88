import { getTranslations } from "next-intl/server";
import { DocumentForm } from "@/components/documents/document-form";
import { EditorPage } from "@/components/editor/editor-page";
import { requireUser } from "@/lib/auth/session";
import { listCampaignOptions } from "@/lib/campaigns/data";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("documents.newTitle");

export default async function NewDocumentPage() {
  const user = await requireUser("/dashboard/documents/new");
  const [campaigns, t] = await Promise.all([listCampaignOptions(user.id), getTranslations()]);
  return (
    <EditorPage title={t("documents.newTitle")} back="/dashboard/documents">
      <DocumentForm document={null} campaigns={campaigns} />
    </EditorPage>
  );
}
