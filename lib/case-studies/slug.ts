// URL slugs for case studies (/<handle>/case-studies/<slug>). Pure: used by the
// form (live preview while typing), the schema and the server.

import { scrubText, slugRevealsName, type NameMatcher } from "@/lib/confidential/names";

export const SLUG_MAX_LENGTH = 80;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Letters NFD does not split into base + accent.
const SPECIAL: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  þ: "th",
  ł: "l",
  ı: "i",
  "&": " and ",
};

/**
 * "Café Launch: 2× Reach!" → "cafe-launch-2-reach". Lowercase, accents
 * transliterated, every other run of characters becomes one hyphen, no hyphen
 * at either end, at most 80 characters (cut at a word boundary when one is near).
 * Returns "" when nothing usable is left; `slugOrFallback` covers that case.
 */
export function slugify(input: string): string {
  const ascii = input
    .toLowerCase()
    .replace(/[ßæœøđðþłı&]/g, (char) => SPECIAL[char] ?? char)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
  const slug = ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return truncateSlug(slug);
}

/** Cuts to SLUG_MAX_LENGTH, preferring the last hyphen in the final 20 characters, and trims a trailing hyphen. */
export function truncateSlug(slug: string, max = SLUG_MAX_LENGTH): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastHyphen = cut.lastIndexOf("-");
  const atWord = lastHyphen >= max - 20 ? cut.slice(0, lastHyphen) : cut;
  return atWord.replace(/-+$/, "");
}

/** A slug for any title: "case-study" when the title has no letters or digits (e.g. only emoji). */
export function slugOrFallback(title: string): string {
  return slugify(title) || "case-study";
}

export function isValidSlug(value: string): boolean {
  return value.length > 0 && value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}

/**
 * The first free variant of `slug`: itself, then "<slug>-2", "<slug>-3", …
 * (a small existing "-<n>" suffix is counted up rather than stacked, so "launch-2" → "launch-3",
 * while "q1-2024" → "q1-2024-2"), always within 80 characters.
 */
export function nextFreeSlug(slug: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(slug)) return slug;
  const match = /^(.+)-(\d{1,2})$/.exec(slug);
  const base = match ? match[1]! : slug;
  let n = match ? Number(match[2]) + 1 : 2;
  for (;;) {
    const suffix = `-${n}`;
    const candidate = `${truncateSlug(base, SLUG_MAX_LENGTH - suffix.length)}${suffix}`;
    if (!used.has(candidate)) return candidate;
    n += 1;
  }
}

/** The slug of a case study whose title or slug names a confidential client, when nothing is left: "case-study". */
export const ANONYMOUS_SLUG = "case-study";

/**
 * A slug from the title as visitors read it: confidential names replaced by
 * their labels ("Zyxcorp Holdings relaunch" → "a-retail-brand-relaunch"), and
 * any segment that still gives a name away (a distinctive part such as
 * "zyxcorp", a short name such as "hp") dropped.
 */
export function anonymousSlug(title: string, matcher: NameMatcher): string {
  const segments = slugify(scrubText(title, matcher))
    .split("-")
    .filter((segment) => segment && !slugRevealsName(segment, matcher));
  const slug = segments.join("-");
  return slug && !slugRevealsName(slug, matcher) ? slug : ANONYMOUS_SLUG;
}

/**
 * The slugs visitors see for a portfolio's case studies (same order): a slug
 * that gives away a confidential name is replaced by the anonymous slug of its
 * title, made unique against the others. Used by the public read model and the
 * sitemap, so both publish the same safe URL even for rows saved before slugs
 * were checked (or whose client became confidential later).
 */
export function publicSlugs(studies: readonly { slug: string; title: string }[], matcher: NameMatcher): string[] {
  const unsafe = studies.map((study) => slugRevealsName(study.slug, matcher) !== null);
  const taken = new Set(studies.filter((_, i) => !unsafe[i]).map((study) => study.slug));
  return studies.map((study, i) => {
    if (!unsafe[i]) return study.slug;
    const slug = nextFreeSlug(anonymousSlug(study.title, matcher), taken);
    taken.add(slug);
    return slug;
  });
}
