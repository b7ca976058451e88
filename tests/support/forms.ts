// Complete form inputs with every optional field blank, as the editor's forms submit them: a test spreads
// over them only what it is about. Pass the result through the room's schema, as the server action does.
import { blankCaseStudy } from "@/components/case-studies/form-values";
import type { UpsertEntryInput } from "@/lib/calendars/schema";
import type { UpsertCampaignInput } from "@/lib/campaigns/schema";
import type { UpsertCaseStudyInput } from "@/lib/case-studies/schema";
import type { UpsertExperienceInput } from "@/lib/credentials/schema";
import type { UpsertDocumentInput } from "@/lib/documents/schema";
import type { UpdateProfileInput } from "@/lib/portfolio/schema";
import type { UpsertSampleInput } from "@/lib/samples/schema";
import type { CreateShareLink } from "@/lib/sharing/schema";

export function profileForm(overrides: Partial<UpdateProfileInput> = {}): UpdateProfileInput {
  return {
    displayName: "Sam Rivera",
    headline: "",
    bio: "",
    location: "",
    contactEmail: "",
    website: "",
    profileLinks: [],
    targetIndustry: "",
    platforms: [],
    openToWork: false,
    avatarId: null,
    ...overrides,
  };
}

export function campaignForm(overrides: Partial<UpsertCampaignInput> = {}): UpsertCampaignInput {
  return {
    title: "Spring launch",
    client: "",
    confidential: false,
    anonymizedLabel: "",
    workKind: "CLIENT",
    platforms: [],
    startDate: "2026-03-01",
    endDate: "",
    objective: "AWARENESS",
    budget: "",
    currency: "EUR",
    summary: "",
    metrics: [],
    ...overrides,
  };
}

/** One metric row of the campaign form: reach of 1, self-reported, no period, evidence or series. */
export function metricForm(overrides: Partial<UpsertCampaignInput["metrics"][number]> = {}): UpsertCampaignInput["metrics"][number] {
  return {
    kind: "REACH",
    customName: "",
    value: 1,
    baseline: "",
    periodStart: "",
    periodEnd: "",
    source: "SELF_REPORTED",
    evidenceId: null,
    series: [],
    ...overrides,
  };
}

export function caseStudyForm(overrides: Partial<UpsertCaseStudyInput> = {}): UpsertCaseStudyInput {
  return { ...blankCaseStudy("EUR"), title: "Case study", slug: "case-study", workKind: "CLIENT", ...overrides };
}

export function sampleForm(overrides: Partial<UpsertSampleInput> = {}): UpsertSampleInput {
  return {
    platform: "INSTAGRAM",
    format: "IMAGE_POST",
    title: "Post",
    caption: "",
    hashtags: "",
    postedAt: "",
    url: "",
    campaignId: "",
    workKind: "CLIENT",
    client: "",
    confidential: false,
    anonymizedLabel: "",
    mediaIds: [],
    ...overrides,
  };
}

export function documentForm(overrides: Partial<UpsertDocumentInput> = {}): UpsertDocumentInput {
  return {
    title: "Plan",
    kind: "OTHER",
    summary: "",
    body: "",
    pdfId: "",
    campaignId: "",
    client: "",
    confidential: false,
    anonymizedLabel: "",
    ...overrides,
  };
}

/** A current job at a café since 2025, no description. */
export function experienceForm(overrides: Partial<UpsertExperienceInput> = {}): UpsertExperienceInput {
  return {
    role: "Social media manager",
    organization: "Cafe",
    kind: "JOB",
    startDate: "2025-01-01",
    endDate: "",
    current: true,
    description: "",
    ...overrides,
  };
}

/** An Instagram carousel idea on 10 March 2026 in calendar `c1`, no time or pillar (the entry dialog sends no time key when none is typed). */
export function entryForm(overrides: Partial<UpsertEntryInput> = {}): UpsertEntryInput {
  return { calendarId: "c1", date: "2026-03-10", platform: "INSTAGRAM", format: "CAROUSEL", topic: "Brew", pillar: "", status: "IDEA", ...overrides };
}

/** A form as a new item's editor starts it: "Kind of work" not chosen yet (issue #15), so the key is absent. */
export function withoutWorkKind<T extends { workKind?: unknown }>(form: T): Omit<T, "workKind"> {
  const { workKind, ...rest } = form;
  void workKind;
  return rest;
}

/** A share link for Jane at Acme showing the campaigns, as createShareLink takes it (after its schema). */
export function shareLinkInput(overrides: Partial<CreateShareLink> = {}): CreateShareLink {
  return { recipientName: "Jane", company: "Acme", note: "", expiresAt: null, sections: ["campaigns"], anonymizeAll: false, ...overrides };
}
