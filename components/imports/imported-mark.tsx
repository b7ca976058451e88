import { useTranslations } from "next-intl";
import { Icon } from "@/components/ui/sprite-icon";
import type { PlatformValue } from "@/lib/platforms/platforms";

// Plain server markup with the sprite icon: the reading pages have no client runtime (no lucide).

/** The public page's evidence mark for figures imported from a platform's own export, distinct from self-reported ones. */
export function ImportedMark({ platform, className }: { platform: PlatformValue; className?: string }) {
  const t = useTranslations("imports");
  return (
    <span className={`inline-flex items-center gap-1 text-xs font-medium text-success ${className ?? ""}`} data-evidence="imported">
      <Icon name="badge-check" className="size-3.5" />
      {t("evidence.mark", { source: t(`sources.${platform}`) })}
    </span>
  );
}
