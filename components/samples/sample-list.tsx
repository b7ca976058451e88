"use client";

import { ExternalLink } from "lucide-react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { ItemList, ClientName, ItemHiddenSwitch, ItemTitle, itemTitleId } from "@/components/editor/item-list";
import { PlatformChip } from "@/components/editor/platform-chip";
import { WorkKindBadge } from "@/components/editor/work-kind-badge";
import { FigureList } from "@/components/editor/figure-list";
import { fromIsoDate } from "@/lib/dates";
import { formatCompact } from "@/lib/metrics/format";
import { computePostFigures } from "@/lib/metrics/formulas";
import { postNumberFields } from "@/lib/samples/schema";
import type { SampleView } from "@/lib/samples/types";

export function SampleList({ samples, reorderDisabled }: { samples: SampleView[]; reorderDisabled?: boolean }) {
  return <ItemList items={samples} reorderDisabled={reorderDisabled} room="samples" renderItem={(sample) => <SampleRow sample={sample} />} />;
}

function SampleRow({ sample }: { sample: SampleView }) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const figures = computePostFigures(sample);
  const cover = sample.media[0];
  const client = sample.confidential ? sample.anonymizedLabel : sample.client;
  const numbers = postNumberFields.flatMap((field) => (sample[field] === null ? [] : [[field, sample[field]] as const]));
  return (
    <article aria-labelledby={itemTitleId("samples", sample.id)} className="flex gap-3">
      {cover?.thumbUrl && (
        // eslint-disable-next-line @next/next/no-img-element -- served by our media route, already resized
        <img src={cover.thumbUrl} alt={cover.alt} className="size-16 shrink-0 rounded-md object-cover sm:size-20" loading="lazy" />
      )}
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-1.5">
          <PlatformChip platform={sample.platform} />
          <span className="text-xs text-muted">{t(`platforms.formats.${sample.format}`)}</span>
          <WorkKindBadge kind={sample.workKind} />
          <ItemHiddenSwitch room="samples" item={sample} />
        </div>
        <ItemTitle room="samples" item={sample} className="mt-1" />
        <p className="mt-0.5 flex flex-wrap items-center gap-x-2 text-sm text-muted">
          {client && <ClientName name={client} confidential={sample.confidential} lockLabel={t("editor.common.confidential")} />}
          {sample.postedAt && <span>{format.dateTime(fromIsoDate(sample.postedAt), { dateStyle: "medium", timeZone: "UTC" })}</span>}
          {sample.campaign && <span>· {t("samples.linkedCampaign", { title: sample.campaign.title })}</span>}
          {sample.url && (
            <a href={sample.url} target="_blank" rel="noreferrer noopener" className="inline-flex items-center gap-0.5 text-accent hover:underline">
              <ExternalLink aria-hidden className="size-3.5" />
              {t("samples.fields.url")}
            </a>
          )}
        </p>
        {numbers.length > 0 && (
          <p className="tabular mt-1 flex flex-wrap gap-x-3 text-xs text-muted">
            {numbers.map(([field, value]) => (
              <span key={field}>
                {t(`samples.numbers.${field}`)} <span className="font-medium text-fg">{formatCompact(value, locale)}</span>
              </span>
            ))}
          </p>
        )}
        <FigureList className="mt-2" variant="compact" figures={figures} />
      </div>
    </article>
  );
}
