import { describe, expect, it } from "vitest";
import { upsertCampaignSchema } from "@/lib/campaigns/schema";
import { upsertCaseStudySchema } from "@/lib/case-studies/schema";
import { upsertSampleSchema } from "@/lib/samples/schema";

// Issue #15: "Kind of work" is an explicit choice. A new item's form starts at
// "" (no preselected "Client work"); the same schema refuses "" and a missing
// value on the form and on the server, beside the field.

const campaign = {
  title: "Home for Winter",
  client: "Riga animal shelter",
  confidential: false,
  anonymizedLabel: "",
  platforms: [],
  startDate: "2026-09-01",
  endDate: "",
  objective: "AWARENESS",
  budget: "",
  currency: "EUR",
  summary: "",
  metrics: [],
};
const sample = {
  platform: "INSTAGRAM",
  format: "IMAGE_POST",
  title: "Meet Bruno",
  caption: "",
  hashtags: "",
  postedAt: "",
  url: "",
  campaignId: "",
  client: "",
  confidential: false,
  anonymizedLabel: "",
  mediaIds: [],
};
const study = {
  title: "Home for Winter",
  slug: "home-for-winter",
  client: "",
  confidential: false,
  anonymizedLabel: "",
  currency: "EUR",
  role: "",
  periodStart: "",
  periodEnd: "",
  challenge: "",
  strategy: "",
  execution: "",
  results: "",
  lessons: "",
  coverId: null,
  keyResults: [],
  campaignIds: [],
  sampleIds: [],
  documentIds: [],
};

const schemas = [
  ["campaign", upsertCampaignSchema, campaign],
  ["sample", upsertSampleSchema, sample],
  ["case study", upsertCaseStudySchema, study],
] as const;

function workKindErrors(schema: (typeof schemas)[number][1], input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.filter((issue) => issue.path.join(".") === "workKind").map((issue) => issue.message);
}

describe.each(schemas)("%s: kind of work", (_name, schema, input) => {
  it("refuses a missing or empty kind of work with one clear message", () => {
    expect(workKindErrors(schema, input)).toEqual(["workKindRequired"]);
    expect(workKindErrors(schema, { ...input, workKind: "" })).toEqual(["workKindRequired"]);
    expect(workKindErrors(schema, { ...input, workKind: "SOMETHING" })).toEqual(["workKindRequired"]);
  });

  it("keeps a chosen kind of work", () => {
    const parsed = schema.safeParse({ ...input, workKind: "VOLUNTEER" });
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data?.workKind).toBe("VOLUNTEER");
  });
});
