import type { SectionKey } from "@/lib/sections";
import type { ThemeName } from "@/lib/public/themes";
import type { VisibilityValue } from "./schema";

export type PublishSettings = {
  handle: string;
  visibility: VisibilityValue;
  publishedAt: string | null;
  theme: ThemeName;
  accentColor: string;
  /** Every section, in the owner's order. */
  sectionOrder: SectionKey[];
  hiddenSections: SectionKey[];
  /** Items per section (hidden items included), so the owner sees which sections are empty. */
  counts: Record<SectionKey, number>;
};
