// The public page's sections, in their default order. Portfolio.sectionOrder
// and Portfolio.hiddenSections, and ShareLink.sections, hold these keys.
// A vocabulary five rooms share (portfolio, publishing, sharing, public, media), so it lives here.
export const sectionKeys = ["campaigns", "caseStudies", "samples", "documents", "calendars", "certifications", "experience", "skills", "education"] as const;

export type SectionKey = (typeof sectionKeys)[number];

export function isSectionKey(value: string): value is SectionKey {
  return (sectionKeys as readonly string[]).includes(value);
}

/** The owner's order, ignoring unknown keys, with sections missing from it appended in default order. */
export function orderSections(saved: readonly string[]): SectionKey[] {
  const known = saved.filter(isSectionKey);
  const unique = [...new Set(known)];
  return [...unique, ...sectionKeys.filter((key) => !unique.includes(key))];
}

/** The sections a visitor sees: the owner's order minus hidden ones, narrowed to a share link's choice when it has one. */
export function visibleSections(order: readonly string[], hidden: readonly string[], onlyThese: readonly string[] = []): SectionKey[] {
  return orderSections(order).filter((key) => !hidden.includes(key) && (onlyThese.length === 0 || onlyThese.includes(key)));
}
