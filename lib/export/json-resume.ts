// The owner's portfolio as a JSON Resume (https://jsonresume.org/schema, v1.0.0): pure, from the
// same portfolio.json the full export writes. Only what the owner shows: hidden items are left out,
// and a confidential client appears under its anonymized label, as on the public page.
import type { PortfolioExport } from "./schema";

export type JsonResumeLabels = {
  /** The name of the one skills entry that lists the tools. */
  tools: string;
  /** "Reach: 12,000" — a metric's label from its kind (or its custom name). */
  metric(kind: string, customName: string): string;
  /** A figure as text, e.g. "12,000". */
  number(value: number): string;
};

type Figure = { kind: string; customName: string; value: number; baseline: number | null };

const present = <T extends { hidden?: boolean }>(items: T[]) => items.filter((item) => !item.hidden);
const dropEmpty = <T extends Record<string, unknown>>(object: T) =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null && value !== undefined && value !== "")) as Partial<T>;
const clientOf = (item: { client: string; confidential: boolean; anonymizedLabel: string }) => (item.confidential ? item.anonymizedLabel : item.client);

export function toJsonResume(document: PortfolioExport, labels: JsonResumeLabels): Record<string, unknown> {
  const { profile } = document;
  const hidden = new Set(profile.hiddenSections);
  const section = <T>(key: string, items: T[]) => (hidden.has(key) ? [] : items);
  const highlight = (figure: Figure) =>
    `${labels.metric(figure.kind, figure.customName)}: ${labels.number(figure.value)}${figure.baseline !== null ? ` (${labels.number(figure.baseline)} →)` : ""}`;

  const skills = section("skills", document.skills);
  const tools = skills.filter((skill) => skill.category === "TOOL").map((skill) => skill.name);
  return {
    $schema: "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
    basics: dropEmpty({
      name: profile.displayName,
      label: profile.headline,
      email: profile.contactEmail,
      url: profile.website,
      summary: profile.bio,
      location: profile.location ? { city: profile.location } : null,
      profiles: profile.profileLinks.map((link) => ({ network: link.platform, url: link.url })),
    }),
    work: present(section("experience", document.experience)).map((item) =>
      dropEmpty({ name: item.organization, position: item.role, startDate: item.startDate, endDate: item.endDate, summary: item.description }),
    ),
    education: present(section("education", document.education)).map((item) =>
      dropEmpty({
        institution: item.school,
        area: item.field,
        studyType: item.degree,
        startDate: item.startYear === null ? null : String(item.startYear),
        endDate: item.endYear === null ? null : String(item.endYear),
      }),
    ),
    certificates: present(section("certifications", document.certifications)).map((item) =>
      dropEmpty({ name: item.name, issuer: item.issuer, date: item.issuedAt, url: item.verifyUrl }),
    ),
    skills: [
      ...skills
        .filter((skill) => skill.category === "SKILL")
        .map((skill) => dropEmpty({ name: skill.name, level: skill.level ? skill.level.charAt(0) + skill.level.slice(1).toLowerCase() : null })),
      ...(tools.length ? [{ name: labels.tools, keywords: tools }] : []),
    ],
    projects: [
      ...present(section("caseStudies", document.caseStudies)).map((study) =>
        dropEmpty({
          name: study.title,
          description: study.challenge,
          entity: clientOf(study),
          roles: study.role ? [study.role] : null,
          startDate: study.periodStart,
          endDate: study.periodEnd,
          highlights: study.keyResults.map(highlight),
        }),
      ),
      ...present(section("campaigns", document.campaigns)).map((campaign) =>
        dropEmpty({
          name: campaign.title,
          description: campaign.summary,
          entity: clientOf(campaign),
          startDate: campaign.startDate,
          endDate: campaign.endDate,
          highlights: campaign.metrics.map(highlight),
          keywords: campaign.platforms,
        }),
      ),
    ],
  };
}
