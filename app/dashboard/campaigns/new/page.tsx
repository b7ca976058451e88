import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { EditorPage } from "@/components/editor/editor-page";
import { requireUser } from "@/lib/auth/session";
import { loadFormHistory } from "@/lib/defaults/data";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("campaigns.newTitle");

export default async function NewCampaignPage() {
  const user = await requireUser("/dashboard/campaigns/new");
  const [history, t] = await Promise.all([loadFormHistory(user.id), getTranslations()]);
  return (
    <EditorPage title={t("campaigns.newTitle")} back="/dashboard/campaigns">
      <CampaignForm campaign={null} history={history} />
    </EditorPage>
  );
}
