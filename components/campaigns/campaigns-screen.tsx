import { BarChart3 } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { ListScreen } from "@/components/editor/list-screen";
import { ImportLink } from "@/components/imports/import-link";
import type { CampaignView } from "@/lib/campaigns/types";
import { CampaignList } from "./campaign-list";

export async function CampaignsScreen({ campaigns }: { campaigns: CampaignView[] }) {
  const t = await getTranslations();
  return (
    <ListScreen
      icon={<BarChart3 />}
      title={t("campaigns.title")}
      lead={t("campaigns.lead")}
      addHref="/dashboard/campaigns/new"
      addLabel={t("campaigns.add")}
      extraAction={<ImportLink />}
      empty={campaigns.length === 0 ? { title: t("campaigns.emptyTitle"), body: t("campaigns.emptyBody"), example: t("campaigns.emptyExample") } : null}
      hint={t("editor.common.reorderHint")}
    >
      <CampaignList campaigns={campaigns} />
    </ListScreen>
  );
}
