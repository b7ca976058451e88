import { LayoutGrid, Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/editor/empty-state";
import { PageHeader } from "@/components/editor/page-header";
import { ImportLink } from "@/components/imports/import-link";
import { ButtonLink } from "@/components/ui/button-link";
import type { PlatformValue } from "@/lib/platforms/platforms";
import type { SampleView } from "@/lib/samples/types";
import { PlatformFilter } from "./platform-filter";
import { SampleList } from "./sample-list";

type SamplesScreenProps = {
  samples: SampleView[];
  platform: PlatformValue | null;
  counts: Partial<Record<PlatformValue, number>>;
};

export async function SamplesScreen({ samples, platform, counts }: SamplesScreenProps) {
  const t = await getTranslations("editor");
  const total = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
  const add = (
    <ButtonLink href="/dashboard/samples/new">
      <Plus aria-hidden className="size-4" />
      {t("samples.add")}
    </ButtonLink>
  );
  return (
    <div>
      <PageHeader title={t("samples.title")} lead={t("samples.lead")} action={<div className="flex flex-wrap gap-2"><ImportLink />{total > 0 ? add : null}</div>} />
      {total === 0 ? (
        <EmptyState
          icon={<LayoutGrid />}
          title={t("samples.emptyTitle")}
          body={t("samples.emptyBody")}
          example={t("samples.emptyExample")}
          action={add}
        />
      ) : (
        <>
          <PlatformFilter active={platform} counts={counts} />
          <p className="mb-3 text-xs text-muted">{platform ? t("samples.filteredNoReorder") : t("common.reorderHint")}</p>
          {samples.length === 0 && platform ? (
            <p className="rounded-card border border-dashed border-border p-6 text-center text-sm text-muted">
              {t("samples.filterEmpty", { platform: t(`platforms.${platform}`) })}
            </p>
          ) : (
            <SampleList samples={samples} reorderDisabled={platform !== null} />
          )}
        </>
      )}
    </div>
  );
}
