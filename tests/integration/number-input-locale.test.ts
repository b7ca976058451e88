import { describe, expect, it, vi } from "vitest";

// Issue #17: the form schemas the browser and the server share read typed numbers in the
// acting user's UI language, so a Latvian's "1,234" is one point two three four, not 1234.
vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-user"));

const { db } = await import("@/lib/db/client");
const { signedInOwner } = await import("@/tests/support/acting-user");
const { saveCampaignAction } = await import("@/lib/campaigns/actions");

async function ownerSpeaking(locale: "en" | "lv") {
  const { user } = await signedInOwner();
  await db().user.update({ where: { id: user.id }, data: { locale } });
  return user;
}

function campaign(value: string, baseline: string, budget: string) {
  return {
    title: "Pavasara kampaņa",
    client: "Kafejnīca",
    confidential: false,
    anonymizedLabel: "",
    workKind: "CLIENT" as const,
    platforms: ["INSTAGRAM" as const],
    startDate: "2026-03-01",
    endDate: "2026-04-30",
    objective: "AWARENESS" as const,
    budget,
    currency: "EUR" as const,
    summary: "",
    metrics: [
      {
        kind: "REACH" as const,
        customName: "",
        value,
        baseline,
        periodStart: "",
        periodEnd: "",
        source: "SELF_REPORTED" as const,
        evidenceId: null,
        series: [],
      },
    ],
  };
}

async function saved(userId: string) {
  const row = await db().campaign.findFirstOrThrow({ where: { portfolio: { userId } }, include: { metrics: true } });
  return { budget: row.budget === null ? null : Number(row.budget), value: Number(row.metrics[0]!.value), baseline: Number(row.metrics[0]!.baseline) };
}

describe("a server action reads typed numbers in the acting user's UI language", () => {
  it("reads '1,5' as 1.5 and '1,234' as 1.234 for a Latvian user", async () => {
    const user = await ownerSpeaking("lv");
    const result = await saveCampaignAction(campaign("1,234", "1,5", "1 234,50"));
    expect(result.ok).toBe(true);
    expect(await saved(user.id)).toEqual({ value: 1.234, baseline: 1.5, budget: 1234.5 });
  });

  it("reads '1,234' as 1234 for an English user", async () => {
    const user = await ownerSpeaking("en");
    const result = await saveCampaignAction(campaign("1,234", "1,5", "1,234"));
    expect(result.ok).toBe(true);
    expect(await saved(user.id)).toEqual({ value: 1234, baseline: 1.5, budget: 1234 });
  });
});
