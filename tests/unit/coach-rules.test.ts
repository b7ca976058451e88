import { describe, expect, it } from "vitest";
import { coachKeys, coachWeights, emptySnapshot, evaluateCoach, isLabelled, type CoachKey, type CoachSnapshot } from "@/lib/coach/rules";

/** A portfolio that satisfies every rule. */
function fullSnapshot(): CoachSnapshot {
  return {
    counts: { campaigns: 2, samples: 3, documents: 1, calendars: 0, caseStudies: 1, certifications: 2 },
    samplePlatforms: 2,
    campaignIds: ["c1", "c2"],
    campaignsWithBaseline: 1,
    caseStudyIds: ["s1"],
    caseStudiesWithKeyResults: 1,
    profile: { hasPhoto: true, headline: "Social media manager", bio: "Hi", contactEmail: null, website: null, profileLinkCount: 1 },
    imageCount: 4,
    imageMissingAlt: null,
    workItems: [
      { type: "campaign", id: "c1", client: "Northwind", confidential: false, anonymizedLabel: "", workKind: "CLIENT" },
      { type: "sample", id: "p1", client: "", confidential: false, anonymizedLabel: "", workKind: "MOCK" },
      { type: "caseStudy", id: "s1", client: "", confidential: true, anonymizedLabel: "a coffee chain", workKind: "FREELANCE" },
    ],
    campaignsWithMetrics: 2,
    visibility: "PUBLIC",
  };
}

function item(snapshot: CoachSnapshot, key: CoachKey) {
  return evaluateCoach(snapshot).items.find((entry) => entry.key === key)!;
}

/** One change per rule that turns exactly that rule off. */
const breakers: Record<CoachKey, (s: CoachSnapshot) => void> = {
  campaigns: (s) => (s.counts.campaigns = 0),
  samples: (s) => (s.counts.samples = 0),
  documentsOrCalendars: (s) => (s.counts.documents = 0),
  caseStudies: (s) => (s.counts.caseStudies = 0),
  twoPlatforms: (s) => (s.samplePlatforms = 1),
  metricBaseline: (s) => (s.campaignsWithBaseline = 0),
  keyResults: (s) => (s.caseStudiesWithKeyResults = 0),
  certification: (s) => (s.counts.certifications = 0),
  photo: (s) => (s.profile.hasPhoto = false),
  headline: (s) => (s.profile.headline = "   "),
  bio: (s) => (s.profile.bio = ""),
  contact: (s) => (s.profile.profileLinkCount = 0),
  imageAlt: (s) => (s.imageMissingAlt = { type: "sample", id: "p1" }),
  workLabelled: (s) => s.workItems.push({ type: "campaign", id: "c9", client: "", confidential: false, anonymizedLabel: "", workKind: "FREELANCE" }),
};

describe("coach rules", () => {
  it("has weights that sum to 100, one per rule", () => {
    expect(Object.keys(coachWeights).sort()).toEqual([...coachKeys].sort());
    expect(Object.values(coachWeights).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it("scores an empty portfolio 0, with every item open and a link to fix it", () => {
    const result = evaluateCoach(emptySnapshot());
    expect(result.score).toBe(0);
    expect(result.items).toHaveLength(coachKeys.length);
    expect(result.items.every((entry) => !entry.done && entry.href.startsWith("/dashboard/"))).toBe(true);
  });

  it("scores a complete portfolio 100", () => {
    const result = evaluateCoach(fullSnapshot());
    expect(result.items.filter((entry) => !entry.done).map((entry) => entry.key)).toEqual([]);
    expect(result.score).toBe(100);
  });

  it.each(coachKeys)("turns %s off on its own and loses exactly its weight", (key) => {
    const snapshot = fullSnapshot();
    breakers[key](snapshot);
    const result = evaluateCoach(snapshot);
    expect(result.items.filter((entry) => !entry.done).map((entry) => entry.key)).toEqual([key]);
    expect(result.score).toBe(100 - coachWeights[key]);
  });

  it("accepts planning calendars instead of strategy documents", () => {
    const snapshot = fullSnapshot();
    snapshot.counts.documents = 0;
    snapshot.counts.calendars = 1;
    expect(item(snapshot, "documentsOrCalendars").done).toBe(true);
  });

  it("accepts any way to reach the owner as contact", () => {
    const snapshot = fullSnapshot();
    snapshot.profile.profileLinkCount = 0;
    snapshot.profile.contactEmail = "me@example.com";
    expect(item(snapshot, "contact").done).toBe(true);
    snapshot.profile.contactEmail = null;
    snapshot.profile.website = "https://me.example.com";
    expect(item(snapshot, "contact").done).toBe(true);
  });

  it("does not give alt-text or labelling points for having nothing to check", () => {
    const snapshot = fullSnapshot();
    snapshot.imageCount = 0;
    snapshot.workItems = [];
    expect(item(snapshot, "imageAlt").done).toBe(false);
    expect(item(snapshot, "workLabelled").done).toBe(false);
  });

  it("links to the exact place to fix", () => {
    const empty = emptySnapshot();
    expect(item(empty, "samples").href).toBe("/dashboard/samples/new");
    expect(item(empty, "bio").href).toBe("/dashboard/profile#bio");
    expect(item(empty, "certification").href).toBe("/dashboard/credentials#certifications");
    expect(item(empty, "keyResults").href).toBe("/dashboard/case-studies/new");

    const snapshot = fullSnapshot();
    snapshot.caseStudiesWithKeyResults = 0;
    snapshot.campaignsWithBaseline = 0;
    snapshot.imageMissingAlt = { type: "avatar" };
    snapshot.workItems.push({ type: "sample", id: "p7", client: "", confidential: false, anonymizedLabel: "", workKind: "CLIENT" });
    expect(item(snapshot, "keyResults").href).toBe("/dashboard/case-studies/s1");
    expect(item(snapshot, "metricBaseline").href).toBe("/dashboard/campaigns/c1");
    expect(item(snapshot, "imageAlt").href).toBe("/dashboard/profile#photo");
    expect(item(snapshot, "workLabelled").href).toBe("/dashboard/samples/p7");
  });
});

describe("work labelling", () => {
  const base = { type: "campaign" as const, id: "x", client: "", confidential: false, anonymizedLabel: "" };
  it("needs a client, an anonymized label, or a mock / personal-brand mark", () => {
    expect(isLabelled({ ...base, workKind: "CLIENT" })).toBe(false);
    expect(isLabelled({ ...base, workKind: "VOLUNTEER" })).toBe(false);
    expect(isLabelled({ ...base, workKind: "MOCK" })).toBe(true);
    expect(isLabelled({ ...base, workKind: "PERSONAL_BRAND" })).toBe(true);
    expect(isLabelled({ ...base, workKind: "CLIENT", client: "Acme" })).toBe(true);
    expect(isLabelled({ ...base, workKind: "CLIENT", confidential: true, anonymizedLabel: "a bank" })).toBe(true);
    expect(isLabelled({ ...base, workKind: "CLIENT", client: "   " })).toBe(false);
  });
});
