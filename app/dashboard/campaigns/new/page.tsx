import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { PageHeader } from "@/components/editor/page-header";
import { requireUser } from "@/lib/auth/session";
import { loadFormHistory } from "@/lib/defaults/data";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("campaigns.newTitle");

export default async function NewCampaignPage() {
  const user = await requireUser("/dashboard/campaigns/new");
  const [history, t] = await Promise.all([loadFormHistory(user.id), getTranslations()]);
  return (
    <div>
      <PageHeader title={t("campaigns.newTitle")} back={{ href: "/dashboard/campaigns", label: t("editor.common.back") }} />
      <CampaignForm campaign={null} history={history} />
    </div>
  );
}
