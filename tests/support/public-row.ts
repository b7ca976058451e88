// The row lib/public/map.ts reads (PublicPortfolioRow), for unit tests of the mapping: an empty published
// portfolio that a test fills with only what it is about.
import { fromIsoDate } from "@/lib/dates";
import type { PublicPortfolioRow } from "@/lib/public/select";

/** "2026-01-01" → its UTC midnight, as the database returns a day. */
export const day = fromIsoDate;

/** What every result (a campaign's metric, a case study's key result) has, in the row and in the public view: no custom name. */
export function resultFigure<Kind extends string>(id: string, kind: Kind, value: number, baseline: number | null = null) {
  return { id, kind, customName: "", value, baseline };
}

/** An empty, published portfolio row with `overrides` (loosely typed: tests pass partial rows for nested items). */
export function publicPortfolioRow(overrides: Record<string, unknown> = {}): PublicPortfolioRow {
  return {
    displayName: "Laura Ozola",
    headline: "",
    bio: "",
    location: "",
    contactEmail: null,
    website: null,
    profileLinks: [],
    targetIndustry: "",
    platforms: [],
    openToWork: false,
    visibility: "PUBLIC",
    publishedAt: day("2026-01-01"),
    updatedAt: day("2026-01-01"),
    theme: "LIGHT",
    accentColor: "#4338ca",
    sectionOrder: [],
    hiddenSections: [],
    featuredMediaIds: [],
    featuredResultIds: [],
    user: { handle: "laura" },
    avatar: null,
    campaigns: [],
    samples: [],
    documents: [],
    calendars: [],
    caseStudies: [],
    certifications: [],
    experiences: [],
    skills: [],
    education: [],
    ...overrides,
  } as unknown as PublicPortfolioRow;
}
