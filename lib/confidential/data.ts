import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { findNames, nameMatcher, type ConfidentialName } from "./names";

// The owner's side of the NDA promise: which of their clients are confidential,
// and where those names still appear in what they wrote (the warning on the
// publish page). Visitors never reach this; the public read model finds its
// names in the row it already loaded (lib/public/map.ts).

type Reader = Pick<Prisma.TransactionClient, "portfolio">;

const confidentialOnly = { where: { confidential: true }, select: { id: true, client: true, anonymizedLabel: true } } as const;

/**
 * Every confidential client's name in the owner's portfolio, hidden items
 * included (an item can be shown again), with its label. `exceptCaseStudyId`
 * leaves out a case study whose fields are being replaced by a save.
 */
export async function ownConfidentialNames(userId: string, options: { exceptCaseStudyId?: string; client?: Reader } = {}): Promise<ConfidentialName[]> {
  const portfolio = await (options.client ?? db()).portfolio.findFirst({
    where: { userId },
    select: { campaigns: confidentialOnly, samples: confidentialOnly, documents: confidentialOnly, caseStudies: confidentialOnly },
  });
  if (!portfolio) return [];
  const items = [
    ...portfolio.campaigns,
    ...portfolio.samples,
    ...portfolio.documents,
    ...portfolio.caseStudies.filter((item) => item.id !== options.exceptCaseStudyId),
  ];
  return items.flatMap((item) => (item.client.trim() ? [{ name: item.client.trim(), label: item.anonymizedLabel.trim() }] : []));
}

export type NameWarningSection = "profile" | "campaigns" | "samples" | "documents" | "caseStudies" | "calendars" | "experience";

export type NameWarning = {
  /** The confidential client's name. */
  name: string;
  /** A distinctive part found instead of the whole name (not replaced on the public page); null: the whole name (replaced by its label). */
  part: string | null;
  section: NameWarningSection;
  /** The item's title (empty for the profile). */
  item: string;
  /** Which field: a key of `confidential.fields`. */
  field: string;
  /** Where the owner edits it. */
  href: string;
};

type Text = { section: NameWarningSection; item: string; field: string; href: string; text: string };

/**
 * Where the owner's confidential names (or their distinctive parts) still
 * appear in free text, hidden items included, found with the same matcher the
 * public page scrubs with. One query.
 */
export async function listNameWarnings(userId: string): Promise<NameWarning[]> {
  const portfolio = await db().portfolio.findFirst({
    where: { userId },
    select: {
      headline: true,
      bio: true,
      campaigns: { select: { id: true, title: true, summary: true, client: true, confidential: true, anonymizedLabel: true } },
      samples: { select: { id: true, title: true, caption: true, hashtags: true, client: true, confidential: true, anonymizedLabel: true } },
      documents: { select: { id: true, title: true, summary: true, body: true, client: true, confidential: true, anonymizedLabel: true } },
      caseStudies: {
        select: {
          id: true,
          title: true,
          slug: true,
          role: true,
          challenge: true,
          strategy: true,
          execution: true,
          results: true,
          lessons: true,
          client: true,
          confidential: true,
          anonymizedLabel: true,
        },
      },
      calendars: { select: { id: true, title: true, entries: { select: { topic: true, pillar: true } } } },
      experiences: { select: { id: true, role: true, organization: true, description: true } },
    },
  });
  if (!portfolio) return [];
  const names = [...portfolio.campaigns, ...portfolio.samples, ...portfolio.documents, ...portfolio.caseStudies].flatMap((item) =>
    item.confidential && item.client.trim() ? [{ name: item.client.trim(), label: item.anonymizedLabel.trim() }] : [],
  );
  const matcher = nameMatcher(names);
  if (matcher.names.length === 0) return [];

  const texts: Text[] = [
    { section: "profile", item: "", field: "headline", href: "/dashboard/profile", text: portfolio.headline },
    { section: "profile", item: "", field: "bio", href: "/dashboard/profile", text: portfolio.bio },
    ...portfolio.campaigns.flatMap((c) => fields("campaigns", c.title, `/dashboard/campaigns/${c.id}`, { title: c.title, summary: c.summary })),
    ...portfolio.samples.flatMap((s) =>
      fields("samples", s.title, `/dashboard/samples/${s.id}`, { title: s.title, caption: s.caption, hashtags: s.hashtags.join(" ") }),
    ),
    ...portfolio.documents.flatMap((d) => fields("documents", d.title, `/dashboard/documents/${d.id}`, { title: d.title, summary: d.summary, body: d.body })),
    ...portfolio.caseStudies.flatMap((cs) =>
      fields("caseStudies", cs.title, `/dashboard/case-studies/${cs.id}`, {
        title: cs.title,
        slug: cs.slug,
        role: cs.role,
        challenge: cs.challenge,
        strategy: cs.strategy,
        execution: cs.execution,
        results: cs.results,
        lessons: cs.lessons,
      }),
    ),
    ...portfolio.calendars.flatMap((c) =>
      fields("calendars", c.title, `/dashboard/calendars/${c.id}`, { title: c.title, entries: c.entries.map((e) => `${e.topic} ${e.pillar}`).join("\n") }),
    ),
    ...portfolio.experiences.flatMap((e) =>
      fields("experience", e.role, "/dashboard/credentials", { role: e.role, organization: e.organization, description: e.description }),
    ),
  ];
  return texts.flatMap(({ text, ...where }) => findNames(text, matcher).map((found) => ({ ...found, ...where })));
}

function fields(section: NameWarningSection, item: string, href: string, values: Record<string, string>): Text[] {
  return Object.entries(values).map(([field, text]) => ({ section, item, field, href, text }));
}
