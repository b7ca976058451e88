import { describe, expect, it } from "vitest";
import { upsertCampaignSchema } from "@/lib/campaigns/schema";
import { upsertCaseStudySchema } from "@/lib/case-studies/schema";
import { upsertSampleSchema } from "@/lib/samples/schema";
import { campaignForm, caseStudyForm, sampleForm, withoutWorkKind } from "@/tests/support/forms";

// Issue #15: "Kind of work" is an explicit choice. A new item's form starts at
// "" (no preselected "Client work"); the same schema refuses "" and a missing
// value on the form and on the server, beside the field.

const campaign = withoutWorkKind(campaignForm({ title: "Home for Winter", client: "Riga animal shelter", startDate: "2026-09-01" }));
const sample = withoutWorkKind(sampleForm({ title: "Meet Bruno" }));
const study = withoutWorkKind(caseStudyForm({ title: "Home for Winter", slug: "home-for-winter" }));

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
