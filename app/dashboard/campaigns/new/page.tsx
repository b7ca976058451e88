import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { PageHeader } from "@/components/editor/page-header";
import { requireUser } from "@/lib/auth/session";
import { loadFormHistory } from "@/lib/defaults/data";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("editor.campaigns.newTitle");

export default async function NewCampaignPage() {
  const user = await requireUser("/dashboard/campaigns/new");
  const [history, t] = await Promise.all([loadFormHistory(user.id), getTranslations("editor")]);
  return (
    <div>
      <PageHeader title={t("campaigns.newTitle")} back={{ href: "/dashboard/campaigns", label: t("common.back") }} />
      <CampaignForm campaign={null} history={history} />
    </div>
  );
}
