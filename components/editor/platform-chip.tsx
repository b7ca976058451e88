import { useTranslations } from "next-intl";
import { platformMeta, type PlatformValue } from "@/lib/platforms/platforms";
import { cn } from "@/lib/utils";

/** A platform's colour, icon and name; the name is always shown, so colour is never the only signal. */
export function PlatformChip({ platform, className }: { platform: PlatformValue; className?: string }) {
  const t = useTranslations("platforms.names");
  const { bg, fg, icon: Icon } = platformMeta[platform];
  return (
    <span
      className={cn("inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap", className)}
      style={{ backgroundColor: bg, color: fg }}
    >
      <Icon aria-hidden className="size-3.5" />
      {t(platform)}
    </span>
  );
}
