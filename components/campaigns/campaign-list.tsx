"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ItemList, ClientName, ItemHiddenSwitch, ItemTitle, itemTitleId } from "@/components/editor/item-list";
import { PlatformChip } from "@/components/editor/platform-chip";
import { WorkKindBadge } from "@/components/editor/work-kind-badge";
import { fromIsoDate } from "@/lib/dates";
import { campaignFigures } from "@/lib/campaigns/figures";
import type { CampaignView } from "@/lib/campaigns/types";
import { FigureList } from "@/components/editor/figure-list";

export function CampaignList({ campaigns }: { campaigns: CampaignView[] }) {
  return (
    <ItemList
      items={campaigns}
      room="campaigns"
      deleteCount={(campaign) => campaign.metrics.length}
      renderItem={(campaign) => <CampaignRow campaign={campaign} />}
    />
  );
}

function CampaignRow({ campaign }: { campaign: CampaignView }) {
  const t = useTranslations();
  const tm = useTranslations("metrics");
  const format = useFormatter();
  const date = (value: string) => format.dateTime(fromIsoDate(value), { month: "short", year: "numeric", timeZone: "UTC" });
  const { figures, growths } = campaignFigures(campaign.metrics, campaign.budget);
  const client = campaign.confidential ? campaign.anonymizedLabel : campaign.client;
  return (
    <article aria-labelledby={itemTitleId("campaigns", campaign.id)}>
      <ItemTitle room="campaigns" item={campaign} />
      <p className="mt-0.5 flex flex-wrap items-center gap-x-2 text-sm text-muted">
        {client && <ClientName name={client} confidential={campaign.confidential} lockLabel={t("editor.common.confidential")} />}
        <span>
          {campaign.endDate
            ? t("campaigns.period", { start: date(campaign.startDate), end: date(campaign.endDate) })
            : t("campaigns.periodOngoing", { start: date(campaign.startDate) })}
        </span>
        <span>· {t(`campaigns.objectives.${campaign.objective}`)}</span>
        <span>· {t("campaigns.metricsCount", { count: campaign.metrics.length })}</span>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-1.5">
        <ItemHiddenSwitch room="campaigns" item={campaign} />
        <WorkKindBadge kind={campaign.workKind} />
        {campaign.platforms.map((platform) => (
          <PlatformChip key={platform} platform={platform} />
        ))}
      </div>
      <FigureList
        className="mt-3"
        variant="compact"
        figures={figures}
        currency={campaign.currency}
        growths={growths.map((growth) => ({ ...growth, label: growth.kind === "CUSTOM" ? growth.customName : tm(`kinds.${growth.kind}`) }))}
      />
    </article>
  );
}
