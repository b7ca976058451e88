import { BarChart3 } from "lucide-react";
import { RoomListScreen } from "@/components/editor/list-screen";
import { ImportLink } from "@/components/imports/import-link";
import type { CampaignView } from "@/lib/campaigns/types";
import { CampaignList } from "./campaign-list";

export function CampaignsScreen({ campaigns }: { campaigns: CampaignView[] }) {
  return (
    <RoomListScreen room="campaigns" icon={<BarChart3 />} isEmpty={campaigns.length === 0} addHref="/dashboard/campaigns/new" extraAction={<ImportLink />}>
      <CampaignList campaigns={campaigns} />
    </RoomListScreen>
  );
}
