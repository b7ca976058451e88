import { getTranslations } from "next-intl/server";
import { DocumentForm } from "@/components/documents/document-form";
import { PageHeader } from "@/components/editor/page-header";
import { requireUser } from "@/lib/auth/session";
import { listCampaignOptions } from "@/lib/campaigns/data";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("documents.newTitle");

export default async function NewDocumentPage() {
  const user = await requireUser("/dashboard/documents/new");
  const [campaigns, t] = await Promise.all([listCampaignOptions(user.id), getTranslations()]);
  return (
    <div>
      <PageHeader title={t("documents.newTitle")} back={{ href: "/dashboard/documents", label: t("editor.common.back") }} />
      <DocumentForm document={null} campaigns={campaigns} />
    </div>
  );
}
