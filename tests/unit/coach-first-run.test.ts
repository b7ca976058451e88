import { describe, expect, it } from "vitest";
import { firstRunPath } from "@/lib/coach/first-run";
import { coachWeights, coreKeys, emptySnapshot, evaluateCoach, type CoachKey, type CoachSnapshot } from "@/lib/coach/rules";

/** A new account after its first campaign: results with a before value, a picture with alt text, a named client. */
function afterOneCampaign(): CoachSnapshot {
  const snapshot = emptySnapshot();
  snapshot.counts.campaigns = 1;
  snapshot.campaignIds = ["c1"];
  snapshot.campaignsWithBaseline = 1;
  snapshot.campaignsWithMetrics = 1;
  snapshot.imageCount = 1;
  snapshot.workItems = [{ type: "campaign", id: "c1", client: "Riga Animal Shelter", confidential: false, anonymizedLabel: "", workKind: "VOLUNTEER" }];
  return snapshot;
}

function openKeys(snapshot: CoachSnapshot): CoachKey[] {
  return evaluateCoach(snapshot)
    .items.filter((item) => !item.done && item.waitsFor === null)
    .map((item) => item.key);
}

function waiting(snapshot: CoachSnapshot): Partial<Record<CoachKey, CoachKey>> {
  return Object.fromEntries(evaluateCoach(snapshot).items.flatMap((item) => (item.waitsFor ? [[item.key, item.waitsFor]] : [])));
}

describe("coach items that cannot apply yet", () => {
  it("wait on an empty portfolio, each for the step that makes it possible, and score nothing", () => {
    const empty = emptySnapshot();
    expect(waiting(empty)).toEqual({
      twoPlatforms: "samples",
      metricBaseline: "campaigns",
      keyResults: "caseStudies",
      imageAlt: "photo",
      workLabelled: "campaigns",
    });
    // What a new account can act on: the four sections, the profile and a certification.
    expect(openKeys(empty)).toEqual(["campaigns", "samples", "documentsOrCalendars", "caseStudies", "certification", "photo", "headline", "bio", "contact"]);
    expect(evaluateCoach(empty).score).toBe(0);
  });

  it("open once their precondition is there", () => {
    const snapshot = afterOneCampaign();
    snapshot.counts.samples = 1;
    snapshot.samplePlatforms = 1;
    snapshot.imageMissingAlt = { type: "sample", id: "p1" };
    expect(waiting(snapshot)).toEqual({ keyResults: "caseStudies" });
    expect(openKeys(snapshot)).toEqual(expect.arrayContaining(["twoPlatforms", "imageAlt"]));
  });

  it("never wait once done", () => {
    for (const item of evaluateCoach(afterOneCampaign()).items) if (item.done) expect(item.waitsFor).toBeNull();
  });
});

describe("the score and the guide's four sections", () => {
  it("stays far from 100 after a single campaign, with the other three sections still to do", () => {
    const result = evaluateCoach(afterOneCampaign());
    const done = result.items.filter((item) => item.done).map((item) => item.key);
    expect(done.sort()).toEqual(["campaigns", "imageAlt", "metricBaseline", "workLabelled"]);
    expect(result.score).toBe(coachWeights.campaigns + coachWeights.metricBaseline + coachWeights.imageAlt + coachWeights.workLabelled);
    expect(openKeys(afterOneCampaign())).toEqual(expect.arrayContaining(["samples", "documentsOrCalendars", "caseStudies"]));
  });

  it("is never 100 while any of the four sections is missing, whatever else is done", () => {
    // Every other rule done, each non-empty combination of core sections missing.
    for (let mask = 1; mask < 1 << coreKeys.length; mask++) {
      const snapshot = emptySnapshot();
      snapshot.samplePlatforms = 2;
      snapshot.campaignIds = ["c1"];
      snapshot.campaignsWithBaseline = 1;
      snapshot.caseStudyIds = ["s1"];
      snapshot.caseStudiesWithKeyResults = 1;
      snapshot.counts = { campaigns: 1, samples: 2, documents: 1, calendars: 1, caseStudies: 1, certifications: 1 };
      snapshot.profile = { hasPhoto: true, headline: "SMM", bio: "Hi", contactEmail: "me@example.com", website: null, profileLinkCount: 0 };
      snapshot.imageCount = 3;
      snapshot.workItems = [{ type: "campaign", id: "c1", client: "Acme", confidential: false, anonymizedLabel: "", workKind: "CLIENT" }];
      const missing = coreKeys.filter((_, index) => mask & (1 << index));
      if (missing.includes("campaigns")) snapshot.counts.campaigns = 0;
      if (missing.includes("samples")) snapshot.counts.samples = 0;
      if (missing.includes("documentsOrCalendars")) snapshot.counts.documents = snapshot.counts.calendars = 0;
      if (missing.includes("caseStudies")) snapshot.counts.caseStudies = 0;
      const result = evaluateCoach(snapshot);
      expect(result.score, missing.join(", ")).toBeLessThan(100);
      for (const key of missing) expect(result.items.find((item) => item.key === key)?.done).toBe(false);
    }
  });
});

describe("first-run path", () => {
  it("is four steps, none done, starting at the profile, for a new account", () => {
    const path = firstRunPath(emptySnapshot());
    expect(path.steps.map((step) => [step.key, step.done, step.href])).toEqual([
      ["profile", false, "/dashboard/profile#photo"],
      ["campaign", false, "/dashboard/campaigns/new"],
      ["sample", false, "/dashboard/samples/new"],
      ["publish", false, "/dashboard/publish"],
    ]);
    expect(path).toMatchObject({ doneCount: 0, current: "profile", complete: false });
  });

  it("counts the profile once it has a photo and a headline", () => {
    const snapshot = emptySnapshot();
    snapshot.profile.hasPhoto = true;
    expect(firstRunPath(snapshot).steps[0]).toMatchObject({ done: false, href: "/dashboard/profile#headline" });
    snapshot.profile.headline = "  ";
    expect(firstRunPath(snapshot).steps[0]!.done).toBe(false);
    snapshot.profile.headline = "Social media volunteer · animal welfare";
    expect(firstRunPath(snapshot)).toMatchObject({ doneCount: 1, current: "campaign" });
  });

  it("needs a campaign with at least one result, and leads back to the campaign that has none", () => {
    const snapshot = emptySnapshot();
    snapshot.counts.campaigns = 1;
    snapshot.campaignIds = ["c1"];
    expect(firstRunPath(snapshot).steps[1]).toMatchObject({ key: "campaign", done: false, href: "/dashboard/campaigns/c1" });
    snapshot.campaignsWithMetrics = 1;
    expect(firstRunPath(snapshot).steps[1]!.done).toBe(true);
  });

  it("takes steps in any order and counts what is really done", () => {
    const snapshot = emptySnapshot();
    snapshot.counts.samples = 1;
    snapshot.visibility = "UNLISTED";
    const path = firstRunPath(snapshot);
    expect(path.steps.filter((step) => step.done).map((step) => step.key)).toEqual(["sample", "publish"]);
    expect(path).toMatchObject({ doneCount: 2, current: "profile", complete: false });
  });

  it("is complete once all four are done, published publicly or by link", () => {
    const snapshot = afterOneCampaign();
    snapshot.profile = { ...snapshot.profile, hasPhoto: true, headline: "SMM" };
    snapshot.counts.samples = 2;
    snapshot.visibility = "PUBLIC";
    expect(firstRunPath(snapshot)).toMatchObject({ doneCount: 4, current: null, complete: true });
  });
});
