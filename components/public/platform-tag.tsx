import { useTranslations } from "next-intl";
import { platformMeta, type PlatformValue } from "@/lib/platforms/platforms";
import { cn } from "@/lib/utils";

/** A platform's icon, colour and name (the name is always there: colour is never the only signal). */
export function PlatformTag({ platform, className }: { platform: PlatformValue; className?: string }) {
  const t = useTranslations("publicPage.platforms");
  const { bg, fg, icon: Icon } = platformMeta[platform];
  return (
    <span
      data-platform={platform}
      className={cn("inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap print:border print:border-current", className)}
      style={{ backgroundColor: bg, color: fg }}
    >
      <Icon aria-hidden className="size-3.5" />
      {t(platform)}
    </span>
  );
}

export function PlatformTags({ platforms, label }: { platforms: PlatformValue[]; label: string }) {
  if (platforms.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {platforms.map((platform) => (
        <li key={platform}>
          <PlatformTag platform={platform} />
        </li>
      ))}
    </ul>
  );
}
