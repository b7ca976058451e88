import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { EditorPage } from "@/components/editor/editor-page";
import { requireUser } from "@/lib/auth/session";
import { loadCampaignEditor } from "@/lib/campaigns/loaders";
import { pageTitle } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("campaigns.editTitle");

export default async function EditCampaignPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/dashboard/campaigns/${id}`);
  const [{ campaign }, t] = await Promise.all([loadCampaignEditor(user.id, id), getTranslations()]);
  return (
    <EditorPage title={campaign.title} lead={t("campaigns.editTitle")} back="/dashboard/campaigns">
      <CampaignForm campaign={campaign} />
    </EditorPage>
  );
}
