// Adding a language: add its messages folder beside en/ and list it here.
export const locales = ["en", "lv"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** The cookie that remembers a visitor's choice before sign-in (next-intl's own name for it). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** A stored or sent value as a locale: one of `locales`, else the default. */
export function asLocale(value: unknown): Locale {
  return isLocale(value) ? value : defaultLocale;
}

/** Open Graph's language_TERRITORY form of a locale. */
export const ogLocales: Record<Locale, string> = { en: "en_US", lv: "lv_LV" };

/**
 * The best of our locales for an `Accept-Language` header ("lv-LV,lv;q=0.9,en;q=0.8"):
 * the highest-weighted language we have, matched on its primary subtag; null when none.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", weight: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.language && entry.weight > 0 && Number.isFinite(entry.weight))
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isLocale) ?? null;
}
