/**
 * The columns the export copies as they are, named once for both directions: data.ts reads them
 * into portfolio.json and mutations.ts writes them back. Dates and references are converted
 * around them, so each list is a run of plain columns in the order portfolio.json keeps.
 */
export function pick<T, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) picked[key] = row[key];
  return picked;
}

const client = ["client", "confidential", "anonymizedLabel"] as const;

/** Each room's plain columns; a room's lists leave out what is converted between them. */
export const columns = {
  profile: {
    contact: ["displayName", "headline", "bio", "location", "contactEmail", "website"],
    focus: ["targetIndustry", "platforms", "openToWork"],
    look: ["theme", "accentColor", "sectionOrder", "hiddenSections"],
  },
  campaign: { head: ["hidden", "title", ...client, "workKind", "platforms"], tail: ["objective", "budget", "currency", "summary"] },
  /** A campaign's metric and a case study's key result share these, then their period and source. */
  figure: ["kind", "customName", "value", "baseline"],
  sample: {
    head: ["hidden", "platform", "format", "title", "caption", "hashtags"],
    tail: ["workKind", ...client, "reach", "impressions", "likes", "comments", "shares", "saves", "views", "clicks"],
  },
  document: { head: ["hidden", "title", "kind", "summary", "body"], client },
  calendar: ["hidden", "title"],
  entry: ["time", "platform", "format", "topic", "pillar", "status"],
  caseStudy: {
    head: ["hidden", "title"],
    tail: [...client, "workKind", "currency", "role"],
    story: ["challenge", "strategy", "execution", "results", "lessons"],
  },
  certification: { head: ["hidden", "name", "issuer"], tail: ["credentialId", "verifyUrl"] },
  experience: { head: ["hidden", "role", "organization", "kind"], tail: ["description"] },
  skill: ["name", "category", "level"],
  education: ["hidden", "school", "degree", "field", "startYear", "endYear"],
} as const;

type Figure = Record<(typeof columns.figure)[number] | "source" | "periodStart" | "periodEnd", unknown>;

/** A metric's or key result's shared columns, its period turned by `date` (to days for the export, back to dates on import). */
export function figure<T extends Figure, R>(row: T, date: (value: T["periodStart"] | T["periodEnd"]) => R) {
  return { ...pick(row, columns.figure), periodStart: date(row.periodStart), periodEnd: date(row.periodEnd), ...pick(row, ["source"]) };
}
