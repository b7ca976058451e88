import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CampaignsScreen } from "@/components/campaigns/campaigns-screen";
import { requireUser } from "@/lib/auth/session";
import { listCampaigns } from "@/lib/campaigns/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor.campaigns");
  return { title: t("title") };
}

export default async function CampaignsPage() {
  const user = await requireUser("/dashboard/campaigns");
  const campaigns = await listCampaigns(user.id);
  return <CampaignsScreen campaigns={campaigns} />;
}
