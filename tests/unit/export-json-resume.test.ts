import { describe, expect, it } from "vitest";
import { toJsonResume, type JsonResumeLabels } from "@/lib/export/json-resume";
import type { PortfolioExport } from "@/lib/export/schema";
import { jsonResumeErrors } from "../support/json-resume";

const labels: JsonResumeLabels = {
  tools: "Tools",
  metric: (kind, customName) => customName || kind.charAt(0) + kind.slice(1).toLowerCase(),
  number: (value) => new Intl.NumberFormat("en-US").format(value),
};

const figure = { customName: "", baseline: null, periodStart: null, periodEnd: null, source: "SELF_REPORTED" } as const;
const client = { client: "Acme Coffee", confidential: false, anonymizedLabel: "" };

const document: PortfolioExport = {
  format: "postfolio",
  version: 1,
  exportedAt: "2026-11-30T12:00:00.000Z",
  profile: {
    displayName: "Alex Rivera",
    headline: "Social media manager",
    bio: "I grow communities.",
    location: "Riga, Latvia",
    contactEmail: "alex@example.com",
    website: "https://alex.example.com",
    profileLinks: [{ platform: "LINKEDIN", url: "https://www.linkedin.com/in/alex" }],
    targetIndustry: "",
    platforms: ["INSTAGRAM"],
    openToWork: true,
    avatar: null,
    theme: "LIGHT",
    accentColor: "#4338ca",
    sectionOrder: [],
    hiddenSections: ["education"],
    featuredMedia: [],
    featuredResults: [],
  },
  media: [],
  imports: [],
  campaigns: [
    {
      ref: "c1",
      hidden: false,
      title: "Spring menu launch",
      ...client,
      confidential: true,
      anonymizedLabel: "a regional coffee chain",
      workKind: "FREELANCE",
      platforms: ["INSTAGRAM", "TIKTOK"],
      startDate: "2026-03-01",
      endDate: "2026-04-15",
      objective: "AWARENESS",
      budget: 1200,
      currency: "EUR",
      summary: "Reels and UGC.",
      metrics: [{ ref: "m1", kind: "REACH", ...figure, value: 120000, baseline: 40000, evidence: null, series: [], import: null }],
    },
    {
      ref: "c2",
      hidden: true,
      title: "Hidden one",
      ...client,
      workKind: "MOCK",
      platforms: [],
      startDate: "2025-01-01",
      endDate: null,
      objective: "SALES",
      budget: null,
      currency: "USD",
      summary: "",
      metrics: [],
    },
  ],
  samples: [],
  documents: [],
  calendars: [],
  caseStudies: [
    {
      ref: "s1",
      hidden: false,
      title: "From scroll to store",
      slug: "from-scroll-to-store",
      ...client,
      workKind: "CLIENT",
      currency: "EUR",
      role: "Lead",
      periodStart: "2026-03-01",
      periodEnd: null,
      challenge: "Few visits.",
      strategy: "",
      execution: "",
      results: "",
      lessons: "",
      cover: null,
      campaigns: ["c1"],
      samples: [],
      documents: [],
      keyResults: [{ ref: "k1", kind: "FOLLOWERS", ...figure, value: 2310, baseline: 1450 }],
    },
  ],
  certifications: [
    {
      hidden: false,
      name: "Meta Certified Digital Marketing Associate",
      issuer: "Meta",
      issuedAt: "2025-06-01",
      expiresAt: null,
      credentialId: "",
      verifyUrl: null,
    },
  ],
  experience: [
    {
      hidden: false,
      role: "Social media intern",
      organization: "Riga Paws",
      kind: "INTERNSHIP",
      startDate: "2025-01-01",
      endDate: null,
      description: "Ran Instagram.",
    },
  ],
  skills: [
    { name: "Copywriting", category: "SKILL", level: "ADVANCED" },
    { name: "Canva", category: "TOOL", level: null },
  ],
  education: [{ hidden: false, school: "University of Latvia", degree: "BA", field: "Communication", startYear: 2021, endYear: 2024 }],
};

describe("JSON Resume export", () => {
  it("is valid against the published @jsonresume/schema", async () => {
    expect(await jsonResumeErrors(toJsonResume(document, labels))).toEqual([]);
    // The validator does refuse what the schema forbids.
    expect(await jsonResumeErrors({ work: [{ startDate: "March 2025" }] })).not.toEqual([]);
  });

  it("maps profile, work, certificates, skills and tools, and projects with key results as highlights", () => {
    const resume = toJsonResume(document, labels) as Record<string, unknown>;
    expect(resume.basics).toMatchObject({ name: "Alex Rivera", label: "Social media manager", email: "alex@example.com", location: { city: "Riga, Latvia" } });
    expect(resume.work).toEqual([{ name: "Riga Paws", position: "Social media intern", startDate: "2025-01-01", summary: "Ran Instagram." }]);
    expect(resume.certificates).toEqual([{ name: "Meta Certified Digital Marketing Associate", issuer: "Meta", date: "2025-06-01" }]);
    expect(resume.skills).toEqual([
      { name: "Copywriting", level: "Advanced" },
      { name: "Tools", keywords: ["Canva"] },
    ]);
    const projects = resume.projects as { name: string; entity?: string; highlights?: string[] }[];
    expect(projects.map((project) => project.name)).toEqual(["From scroll to store", "Spring menu launch"]);
    expect(projects[0]!.highlights).toEqual(["Followers: 2,310 (1,450 →)"]);
  });

  it("leaves out hidden items and sections and never names a confidential client", () => {
    const resume = toJsonResume(document, labels);
    const json = JSON.stringify(resume);
    expect(json).not.toContain("Hidden one");
    expect((resume as { education: unknown[] }).education).toEqual([]);
    expect((resume as { projects: { entity?: string }[] }).projects[1]!.entity).toBe("a regional coffee chain");
    expect(json.match(/Acme Coffee/g)).toHaveLength(1); // the case study's own (not confidential) client
  });
});
