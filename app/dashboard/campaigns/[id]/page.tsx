import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { PageHeader } from "@/components/editor/page-header";
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
    <div>
      <PageHeader title={campaign.title} lead={t("campaigns.editTitle")} back={{ href: "/dashboard/campaigns", label: t("editor.common.back") }} />
      <CampaignForm campaign={campaign} />
    </div>
  );
}
