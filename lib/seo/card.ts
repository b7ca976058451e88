import { createHash } from "node:crypto";
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import type messages from "@/lib/i18n/messages/en";
import { messagesFor } from "@/lib/i18n/messages";
import { formatCount, formatHeadlineValue, formatSignedPercent } from "@/lib/metrics/format";
import { themePalettes } from "@/lib/public/themes";
import { accentPalette } from "@/lib/public/contrast";
import type { PublicCaseStudy, PublicPortfolio, PublicResult } from "@/lib/public/types";
import type { WorkKind } from "@/lib/db/generated/enums";

// The preview image a link unfurls into (Open Graph / Twitter card): who, what
// they do, and the one number that sells it — in the portfolio's own colours.
// Built only from the visitor's view (PublicPortfolio), so a confidential
// client's real name cannot reach it; every string is resolved here, so the
// image component only lays it out and the card's hash versions the image URL.

/** The preview image's size in pixels (Open Graph's recommended 1.91:1). */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export type OgCard = {
  /** "Portfolio" or "Case study". */
  eyebrow: string;
  title: string;
  subtitle: string;
  /** Two letters for the avatar disc. */
  initials: string;
  metric: { value: string; label: string; detail: string | null; kind: string } | null;
  platforms: string[];
  footer: string;
  colors: { bg: string; surface: string; fg: string; muted: string; accent: string; accentFg: string; border: string };
};

type Translate = ReturnType<typeof createTranslator<typeof messages>>;

function translator(locale: Locale): Translate {
  return createTranslator({ locale, messages: messagesFor(locale) });
}

/** First letters of the first and last words that have one: an emoji or a dash is not an initial. */
function initialsOf(name: string): string {
  const letters = name
    .trim()
    .split(/\s+/)
    .map((part) => part.match(/\p{L}/u)?.[0])
    .filter((letter): letter is string => Boolean(letter));
  const picked = letters.length > 1 ? [letters[0]!, letters[letters.length - 1]!] : letters;
  return picked.map((letter) => letter.toUpperCase()).join("") || "?";
}

function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

function metricOf(result: PublicResult, workKind: WorkKind, currency: string, t: Translate, locale: Locale): OgCard["metric"] {
  const label = result.kind === "CUSTOM" ? result.customName.trim() || t("metrics.kinds.CUSTOM") : t(`metrics.kinds.${result.kind}`);
  const detail =
    result.growth !== null && result.baseline !== null
      ? `${t("seo.beforeAfter", { before: formatCount(result.baseline, locale), after: formatCount(result.value, locale) })} · ${t("seo.growth", { value: formatSignedPercent(result.growth, locale) })}`
      : null;
  return { value: formatHeadlineValue(result, locale, currency), label, detail, kind: t(`workKinds.${workKind}`) };
}

/** The number a portfolio leads with: the first campaign's headline result, else the first case study's key result. */
function topMetric(portfolio: PublicPortfolio, t: Translate): OgCard["metric"] {
  const campaign = portfolio.campaigns.find((item) => item.headline.length > 0);
  if (campaign) return metricOf(campaign.headline[0]!, campaign.workKind, campaign.currency, t, portfolio.pageLocale);
  const study = portfolio.caseStudies.find((item) => item.keyResults.length > 0);
  return study ? metricOf(study.keyResults[0]!, study.workKind, study.currency, t, portfolio.pageLocale) : null;
}

function colorsOf(portfolio: PublicPortfolio): OgCard["colors"] {
  const palette = themePalettes[portfolio.theme];
  const accent = accentPalette(portfolio.accentColor, palette.bg, palette.surface);
  return {
    bg: palette.bg,
    surface: palette.surface,
    fg: palette.fg,
    muted: palette.muted,
    border: palette.border,
    accent: accent.accent,
    accentFg: accent.accentFg,
  };
}

/** The card of a whole portfolio. */
export function portfolioCard(portfolio: PublicPortfolio, host: string): OgCard {
  const t = translator(portfolio.pageLocale);
  return {
    eyebrow: portfolio.openToWork ? `${t("seo.portfolioLabel")} · ${t("seo.openToWork")}` : t("seo.portfolioLabel"),
    title: clip(portfolio.displayName, 60),
    subtitle: clip(portfolio.headline, 120),
    initials: initialsOf(portfolio.displayName),
    metric: topMetric(portfolio, t),
    platforms: portfolio.platforms.slice(0, 5).map((platform) => t(`platforms.names.${platform}`)),
    footer: `${host}/${portfolio.handle}`,
    colors: colorsOf(portfolio),
  };
}

/** The card of one case study: its title, by whom, and its first key result. */
export function caseStudyCard(portfolio: PublicPortfolio, study: PublicCaseStudy, host: string): OgCard {
  const t = translator(portfolio.pageLocale);
  const first = study.keyResults[0];
  return {
    eyebrow: `${t("seo.caseStudyLabel")} · ${t(`workKinds.${study.workKind}`)}`,
    title: clip(study.title, 90),
    subtitle: clip([portfolio.displayName, study.client.label].filter(Boolean).join(" · "), 120),
    initials: initialsOf(portfolio.displayName),
    metric: first ? metricOf(first, study.workKind, study.currency, t, portfolio.pageLocale) : null,
    platforms: [],
    footer: `${host}/${portfolio.handle}/case-studies/${study.slug}`,
    colors: colorsOf(portfolio),
  };
}

/** A short content hash: the image URL's version, so a changed card is a new URL for every unfurl cache. */
export function cardVersion(card: OgCard): string {
  return createHash("sha256").update(JSON.stringify(card)).digest("base64url").slice(0, 12);
}
