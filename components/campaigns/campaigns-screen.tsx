import { BarChart3 } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { ListScreen, listCopy } from "@/components/editor/list-screen";
import { ImportLink } from "@/components/imports/import-link";
import type { CampaignView } from "@/lib/campaigns/types";
import { CampaignList } from "./campaign-list";

export async function CampaignsScreen({ campaigns }: { campaigns: CampaignView[] }) {
  const t = await getTranslations();
  return (
    <ListScreen
      icon={<BarChart3 />}
      {...listCopy(t, "campaigns", campaigns.length === 0)}
      addHref="/dashboard/campaigns/new"
      extraAction={<ImportLink />}
      hint={t("editor.common.reorderHint")}
    >
      <CampaignList campaigns={campaigns} />
    </ListScreen>
  );
}
