"use client";

import { useTranslations } from "next-intl";
import type { SectionKey } from "@/lib/sections";
import { describeChoice, presetSections, sharePresetKeys, type SharePresetKey } from "@/lib/sharing/presets";
import { cn } from "@/lib/utils";

type SectionPresetsProps = {
  /** The sections the owner can share, in the form's order. */
  available: SectionKey[];
  chosen: SectionKey[];
  onChange: (next: SectionKey[]) => void;
};

/**
 * One click per reader (recruiter, hiring manager, client, content role) plus All and None, above the
 * share form's section boxes; the button matching the current boxes shows as pressed. The boxes stay
 * the source of truth: a preset only ticks them.
 */
export function SectionPresets({ available, chosen, onChange }: SectionPresetsProps) {
  const t = useTranslations("sharing.presets");
  const current = describeChoice(chosen, available);
  const choices: { key: SharePresetKey | "all" | "none"; label: string; hint?: string; sections: SectionKey[] }[] = [
    ...sharePresetKeys.map((key) => ({
      key,
      label: t(`presets.${key}.label`),
      hint: t(`presets.${key}.hint`),
      sections: presetSections(key, available),
    })),
    { key: "all", label: t("all"), sections: available },
    { key: "none", label: t("none"), sections: [] },
  ];
  return (
    <div role="group" aria-label={t("label")} className="flex flex-wrap items-center gap-1.5" data-testid="section-presets">
      <span aria-hidden className="mr-1 text-xs font-medium text-muted">
        {t("label")}
      </span>
      {choices.map((choice) => (
        <button
          key={choice.key}
          type="button"
          title={choice.hint}
          aria-pressed={current === choice.key}
          // A preset with none of its sections in this portfolio would tick nothing: "None" says that already.
          disabled={choice.key !== "none" && choice.sections.length === 0}
          onClick={() => onChange(choice.sections)}
          className={cn(
            "h-8 rounded-full border px-3 text-sm transition-colors disabled:cursor-not-allowed disabled:opacity-50",
            current === choice.key ? "border-accent bg-accent-soft font-medium text-fg" : "border-border bg-bg text-fg hover:bg-surface",
          )}
        >
          {choice.label}
        </button>
      ))}
      <span className="ml-1 text-xs text-muted" aria-live="polite">
        {t("chosen", { count: chosen.filter((key) => available.includes(key)).length })}
      </span>
    </div>
  );
}
