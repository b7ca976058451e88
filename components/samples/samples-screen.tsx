import { LayoutGrid } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { RoomListScreen } from "@/components/editor/list-screen";
import { ImportLink } from "@/components/imports/import-link";
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
  const t = await getTranslations();
  const total = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
  return (
    <RoomListScreen
      room="samples"
      icon={<LayoutGrid />}
      isEmpty={total === 0}
      addHref="/dashboard/samples/new"
      extraAction={<ImportLink />}
      hint={platform ? t("samples.filteredNoReorder") : undefined}
      toolbar={<PlatformFilter active={platform} counts={counts} />}
    >
      {samples.length === 0 && platform ? (
        <p className="rounded-card border border-dashed border-border p-6 text-center text-sm text-muted">
          {t("samples.filterEmpty", { platform: t(`platforms.names.${platform}`) })}
        </p>
      ) : (
        <SampleList samples={samples} reorderDisabled={platform !== null} />
      )}
    </RoomListScreen>
  );
}
