import { useTranslations } from "next-intl";
import { Icon } from "@/components/ui/sprite-icon";
import type { IconName } from "@/components/ui/icon-paths";
import { platformMeta, type PlatformValue } from "@/lib/platforms/platforms";
import { cn } from "@/lib/utils";

// The same generic icons as platformMeta's lucide components (the editor's), from the reading pages' sprite.
const platformIcon: Record<PlatformValue, IconName> = {
  INSTAGRAM: "camera",
  FACEBOOK: "thumbs-up",
  X: "message-circle",
  LINKEDIN: "briefcase-business",
  TIKTOK: "eighth-note",
  YOUTUBE: "square-play",
  PINTEREST: "pin",
  THREADS: "at-sign",
  SNAPCHAT: "ghost",
  OTHER: "globe",
};

/** A platform's icon, colour and name (the name is always there: colour is never the only signal). */
export function PlatformTag({ platform, className }: { platform: PlatformValue; className?: string }) {
  const t = useTranslations("platforms.names");
  const { bg, fg } = platformMeta[platform];
  return (
    <span
      data-platform={platform}
      className={cn("inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap print:border print:border-current", className)}
      style={{ backgroundColor: bg, color: fg }}
    >
      <Icon name={platformIcon[platform]} className="size-3.5" />
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
