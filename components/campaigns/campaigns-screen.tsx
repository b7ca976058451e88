import { BarChart3, Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/editor/empty-state";
import { PageHeader } from "@/components/editor/page-header";
import { ImportLink } from "@/components/imports/import-link";
import { ButtonLink } from "@/components/ui/button-link";
import type { CampaignView } from "@/lib/campaigns/types";
import { CampaignList } from "./campaign-list";

export async function CampaignsScreen({ campaigns }: { campaigns: CampaignView[] }) {
  const t = await getTranslations("editor");
  const add = (
    <ButtonLink href="/dashboard/campaigns/new">
      <Plus aria-hidden className="size-4" />
      {t("campaigns.add")}
    </ButtonLink>
  );
  return (
    <div>
      <PageHeader title={t("campaigns.title")} lead={t("campaigns.lead")} action={<div className="flex flex-wrap gap-2"><ImportLink />{campaigns.length > 0 ? add : null}</div>} />
      {campaigns.length === 0 ? (
        <EmptyState
          icon={<BarChart3 />}
          title={t("campaigns.emptyTitle")}
          body={t("campaigns.emptyBody")}
          example={t("campaigns.emptyExample")}
          action={add}
        />
      ) : (
        <>
          <p className="mb-3 text-xs text-muted">{t("common.reorderHint")}</p>
          <CampaignList campaigns={campaigns} />
        </>
      )}
    </div>
  );
}
