// Role presets for a share link's sections: one click tailors the link to who
// reads it, instead of ticking nine boxes. Pure (the form and tests use it);
// labels are `sharing.presets.<key>` messages.

import type { SectionKey } from "@/lib/sections";

export const sharePresetKeys = ["recruiter", "hiringManager", "client", "contentRole"] as const;
export type SharePresetKey = (typeof sharePresetKeys)[number];

/**
 * What each reader looks for (GUIDE.md: recruiters skim numbers, platforms, results first):
 * - recruiter: results, the work, and the résumé parts they screen on;
 * - hiringManager (a marketing or social lead): results, the work and how you plan it;
 * - client (a business hiring a freelancer): results and the work, nothing résumé-like;
 * - contentRole (a content or creative role): samples and calendars, with the stories behind them.
 */
export const sharePresets: Record<SharePresetKey, readonly SectionKey[]> = {
  recruiter: ["campaigns", "caseStudies", "samples", "certifications", "experience", "skills", "education"],
  hiringManager: ["campaigns", "caseStudies", "samples", "documents", "calendars", "skills"],
  client: ["campaigns", "caseStudies", "samples"],
  contentRole: ["samples", "calendars", "caseStudies"],
};

/** The preset's sections among those the owner can share, in the form's order; empty when none of them is there. */
export function presetSections(preset: SharePresetKey, available: readonly SectionKey[]): SectionKey[] {
  const wanted = sharePresets[preset];
  return available.filter((key) => wanted.includes(key));
}

function sameSet(a: readonly SectionKey[], b: readonly SectionKey[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((key) => right.has(key));
}

export type SectionChoice = SharePresetKey | "all" | "none" | "custom";

/**
 * What the current choice amounts to, so the matching button shows as pressed. "all" wins over a
 * preset that happens to cover everything the owner has; a choice matching no preset is "custom".
 */
export function describeChoice(chosen: readonly SectionKey[], available: readonly SectionKey[]): SectionChoice {
  const within = chosen.filter((key) => available.includes(key));
  if (within.length === 0) return "none";
  if (available.length > 0 && sameSet(within, available)) return "all";
  return (
    sharePresetKeys.find((preset) => {
      const sections = presetSections(preset, available);
      return sections.length > 0 && sameSet(within, sections);
    }) ?? "custom"
  );
}
