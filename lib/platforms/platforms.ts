import { AtSign, BriefcaseBusiness, Camera, Ghost, Globe, MessageCircle, Music2, Pin, SquarePlay, ThumbsUp, type LucideIcon } from "lucide-react";
import type { Platform } from "@/lib/db/generated/enums";

export const platformValues = [
  "INSTAGRAM",
  "FACEBOOK",
  "X",
  "LINKEDIN",
  "TIKTOK",
  "YOUTUBE",
  "PINTEREST",
  "THREADS",
  "SNAPCHAT",
  "OTHER",
] as const satisfies readonly Platform[];

export type PlatformValue = (typeof platformValues)[number];

export type PlatformMeta = {
  /** Chip background: the brand colour, darkened where needed so `fg` on it meets WCAG AA (≥ 4.5:1). */
  bg: string;
  fg: string;
  /** lucide has no brand marks; each platform gets a recognisable generic icon. The label is always shown too. */
  icon: LucideIcon;
};

export const platformMeta: Record<PlatformValue, PlatformMeta> = {
  INSTAGRAM: { bg: "#C13584", fg: "#ffffff", icon: Camera },
  FACEBOOK: { bg: "#1664D9", fg: "#ffffff", icon: ThumbsUp },
  X: { bg: "#000000", fg: "#ffffff", icon: MessageCircle },
  LINKEDIN: { bg: "#0A66C2", fg: "#ffffff", icon: BriefcaseBusiness },
  TIKTOK: { bg: "#111111", fg: "#ffffff", icon: Music2 },
  YOUTUBE: { bg: "#CC0000", fg: "#ffffff", icon: SquarePlay },
  PINTEREST: { bg: "#BD081C", fg: "#ffffff", icon: Pin },
  THREADS: { bg: "#1F1F1F", fg: "#ffffff", icon: AtSign },
  SNAPCHAT: { bg: "#FFFC00", fg: "#000000", icon: Ghost },
  OTHER: { bg: "#52525B", fg: "#ffffff", icon: Globe },
};

export function isPlatform(value: unknown): value is PlatformValue {
  return typeof value === "string" && (platformValues as readonly string[]).includes(value);
}
