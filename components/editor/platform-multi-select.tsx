"use client";

import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { platformMeta, platformValues, type PlatformValue } from "@/lib/platforms/platforms";
import { cn } from "@/lib/utils";

type PlatformMultiSelectProps = {
  value: readonly PlatformValue[];
  onChange: (next: PlatformValue[]) => void;
  /** Names the group when it is not inside a <fieldset> with a legend. */
  label?: string;
  invalid?: boolean;
};

/** Platforms as toggle chips (real checkboxes, so keyboard and screen readers work as expected). */
export function PlatformMultiSelect({ value, onChange, label, invalid }: PlatformMultiSelectProps) {
  const t = useTranslations("platforms.names");
  const toggle = (platform: PlatformValue, checked: boolean) => {
    const next = checked ? [...value, platform] : value.filter((item) => item !== platform);
    // Keep the canonical order so the saved list doesn't depend on click order.
    onChange(platformValues.filter((item) => next.includes(item)));
  };
  return (
    <div role={label ? "group" : undefined} aria-label={label} aria-invalid={invalid || undefined} className="flex flex-wrap gap-2">
      {platformValues.map((platform) => {
        const checked = value.includes(platform);
        const { bg, fg, icon: Icon } = platformMeta[platform];
        return (
          <label
            key={platform}
            className={cn(
              "inline-flex cursor-pointer items-center gap-1.5 rounded-full border px-3 py-1.5 text-sm transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent",
              checked ? "border-transparent font-medium" : "border-border text-fg hover:bg-surface",
            )}
            style={checked ? { backgroundColor: bg, color: fg } : undefined}
          >
            <input type="checkbox" className="sr-only" checked={checked} onChange={(event) => toggle(platform, event.target.checked)} />
            {checked ? <Check aria-hidden className="size-3.5" /> : <Icon aria-hidden className="size-3.5 text-muted" />}
            {t(platform)}
          </label>
        );
      })}
    </div>
  );
}
