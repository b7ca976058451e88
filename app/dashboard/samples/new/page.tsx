import { getTranslations } from "next-intl/server";
import { EditorPage } from "@/components/editor/editor-page";
import { SampleForm } from "@/components/samples/sample-form";
import { requireUser } from "@/lib/auth/session";
import { listCampaignOptions } from "@/lib/campaigns/data";
import { listCampaignFacts, loadFormHistory } from "@/lib/defaults/data";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("samples.newTitle");

export default async function NewSamplePage() {
  const user = await requireUser("/dashboard/samples/new");
  const [campaigns, campaignFacts, history, t] = await Promise.all([
    listCampaignOptions(user.id),
    listCampaignFacts(user.id),
    loadFormHistory(user.id),
    getTranslations(),
  ]);
  return (
    <EditorPage title={t("samples.newTitle")} back="/dashboard/samples">
      <SampleForm sample={null} campaigns={campaigns} campaignFacts={campaignFacts} history={history} />
    </EditorPage>
  );
}
