import { CampaignsScreen } from "@/components/campaigns/campaigns-screen";
import { requireUser } from "@/lib/auth/session";
import { listCampaigns } from "@/lib/campaigns/data";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("campaigns.title");

export default async function CampaignsPage() {
  const user = await requireUser("/dashboard/campaigns");
  const campaigns = await listCampaigns(user.id);
  return <CampaignsScreen campaigns={campaigns} />;
}
