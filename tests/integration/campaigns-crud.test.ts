import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { getCampaign, listCampaigns } from "@/lib/campaigns/data";
import { deleteCampaign, duplicateCampaign, reorderCampaigns, saveCampaign } from "@/lib/campaigns/mutations";
import { upsertCampaignSchema, type UpsertCampaignInput } from "@/lib/campaigns/schema";
import { AppError } from "@/lib/errors";
import { createCampaign } from "@/lib/seed/factories";
import { mediaKey } from "@/lib/storage";
import { metricForm } from "@/tests/support/forms";
import { createOwner } from "@/tests/support/owner";

const owner = () => createOwner();

function input(overrides: Partial<UpsertCampaignInput> = {}) {
  return upsertCampaignSchema.parse({
    title: "Spring menu launch",
    client: "Northside Coffee",
    confidential: false,
    anonymizedLabel: "",
    workKind: "CLIENT",
    platforms: ["INSTAGRAM"],
    startDate: "2026-03-01",
    endDate: "2026-04-30",
    objective: "AWARENESS",
    budget: "1,500",
    currency: "EUR",
    summary: "",
    metrics: [
      metric({ kind: "REACH", value: "48k" }),
      metric({
        kind: "FOLLOWERS",
        value: "3,050",
        baseline: "2400",
        series: [
          { date: "2026-03-08", value: "2.6k" },
          { date: "2026-03-01", value: 2400 },
        ],
      }),
    ],
    ...overrides,
  });
}

const metric = metricForm;

async function expectNotFound(promise: Promise<unknown>) {
  await expect(promise).rejects.toSatisfy((error) => error instanceof AppError && error.code === "NOT_FOUND");
}

describe("campaigns", () => {
  it("creates a campaign with its metrics, in order, and reads it back", async () => {
    const { user } = await owner();
    const { id } = await saveCampaign(user.id, input());
    const campaign = await getCampaign(user.id, id);
    expect(campaign).toMatchObject({ title: "Spring menu launch", budget: 1500, currency: "EUR", startDate: "2026-03-01", endDate: "2026-04-30" });
    expect(campaign.metrics.map((m) => [m.kind, m.value, m.baseline])).toEqual([
      ["REACH", 48000, null],
      ["FOLLOWERS", 3050, 2400],
    ]);
    expect(campaign.metrics[1]!.series).toEqual([
      { date: "2026-03-01", value: 2400 },
      { date: "2026-03-08", value: 2600 },
    ]);
  });

  it("replaces the metric set on update: updates kept ones by id, creates new ones, deletes removed ones", async () => {
    const { user } = await owner();
    const { id } = await saveCampaign(user.id, input());
    const before = await getCampaign(user.id, id);
    const [reach, followers] = before.metrics;
    await saveCampaign(
      user.id,
      input({
        id,
        title: "Spring menu launch (v2)",
        metrics: [metric({ id: followers!.id, kind: "FOLLOWERS", value: 3100, baseline: 2400 }), metric({ kind: "ENGAGEMENTS", value: "3.1k" })],
      }),
    );
    const after = await getCampaign(user.id, id);
    expect(after.title).toBe("Spring menu launch (v2)");
    expect(after.metrics.map((m) => [m.kind, m.value])).toEqual([
      ["FOLLOWERS", 3100],
      ["ENGAGEMENTS", 3100],
    ]);
    expect(after.metrics[0]!.id).toBe(followers!.id);
    expect(await db().metric.findUnique({ where: { id: reach!.id } })).toBeNull();
  });

  it("changes nothing when a metric in the save is invalid (one transaction)", async () => {
    const { user, portfolio } = await owner();
    const { id } = await saveCampaign(user.id, input());
    const other = await createCampaign(db(), portfolio.id, { metrics: { create: [{ kind: "REACH", value: 5 }] } });
    const foreignMetric = await db().metric.findFirstOrThrow({ where: { campaignId: other.id } });
    const before = await getCampaign(user.id, id);
    await expectNotFound(
      saveCampaign(user.id, input({ id, title: "Changed", metrics: [metric({ kind: "LIKES", value: 9 }), metric({ id: foreignMetric.id, value: 1 })] })),
    );
    expect(await getCampaign(user.id, id)).toEqual(before);
    expect(await db().metric.findUniqueOrThrow({ where: { id: foreignMetric.id } })).toMatchObject({ value: 5, campaignId: other.id });
  });

  it("refuses evidence that is not the user's upload, and changes nothing", async () => {
    const { user } = await owner();
    const stranger = await owner();
    const media = await db().media.create({ data: { userId: stranger.user.id, kind: "PDF", mimeType: "application/pdf", displayKey: "k", bytes: 1 } });
    const { id } = await saveCampaign(user.id, input());
    await expect(saveCampaign(user.id, input({ id, title: "Changed", metrics: [metric({ evidenceId: media.id })] }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { "metrics.0.evidenceId": ["evidenceNotFound"] },
    });
    expect((await getCampaign(user.id, id)).title).toBe("Spring menu launch");
  });

  it("keeps evidence attached and deletes it when its metric is removed", async () => {
    const { user } = await owner();
    const media = await db().media.create({
      data: { userId: user.id, kind: "PDF", mimeType: "application/pdf", displayKey: mediaKey(user.id, randomUUID(), "document.pdf"), bytes: 1 },
    });
    const { id } = await saveCampaign(user.id, input({ metrics: [metric({ evidenceId: media.id, source: "SCREENSHOT" })] }));
    const saved = await getCampaign(user.id, id);
    expect(saved.metrics[0]!.evidence?.id).toBe(media.id);
    await saveCampaign(user.id, input({ id, metrics: [metric({ id: saved.metrics[0]!.id, evidenceId: media.id })] }));
    expect(await db().media.findUnique({ where: { id: media.id } })).not.toBeNull();
    await saveCampaign(user.id, input({ id, metrics: [] }));
    expect(await db().media.findUnique({ where: { id: media.id } })).toBeNull();
  });

  it("deletes a campaign with its metrics and unlinks its samples", async () => {
    const { user, portfolio } = await owner();
    const { id } = await saveCampaign(user.id, input());
    const sample = await db().contentSample.create({
      data: { portfolioId: portfolio.id, platform: "INSTAGRAM", format: "STORY", title: "s", workKind: "CLIENT", campaignId: id },
    });
    await deleteCampaign(user.id, id);
    expect(await db().campaign.findUnique({ where: { id } })).toBeNull();
    expect(await db().metric.count({ where: { campaignId: id } })).toBe(0);
    expect((await db().contentSample.findUniqueOrThrow({ where: { id: sample.id } })).campaignId).toBeNull();
  });

  it("duplicates a campaign with its metrics right after the original", async () => {
    const { user, portfolio } = await owner();
    const first = await saveCampaign(user.id, input({ title: "First" }));
    const last = await createCampaign(db(), portfolio.id, { title: "Last" });
    const copy = await duplicateCampaign(user.id, first.id, "(copy)");
    const list = await listCampaigns(user.id);
    expect(list.map((c) => c.title)).toEqual(["First", "First (copy)", "Last"]);
    expect(list[1]!.id).toBe(copy.id);
    expect(list[1]!.metrics.map((m) => [m.kind, m.value, m.baseline])).toEqual(list[0]!.metrics.map((m) => [m.kind, m.value, m.baseline]));
    expect(list[2]!.id).toBe(last.id);
  });

  it("reorders by the full id list", async () => {
    const { user, portfolio } = await owner();
    const a = await createCampaign(db(), portfolio.id, { title: "A" });
    const b = await createCampaign(db(), portfolio.id, { title: "B" });
    const c = await createCampaign(db(), portfolio.id, { title: "C" });
    await reorderCampaigns(user.id, [c.id, a.id, b.id]);
    expect((await listCampaigns(user.id)).map((x) => x.title)).toEqual(["C", "A", "B"]);
  });

  it("gives another user NOT_FOUND for every action, and nothing changes", async () => {
    const { user, portfolio } = await owner();
    const intruder = await owner();
    const { id } = await saveCampaign(user.id, input());
    const mine = await createCampaign(db(), intruder.portfolio.id, { title: "Intruder's" });
    const before = await listCampaigns(user.id);

    await expectNotFound(getCampaign(intruder.user.id, id));
    await expectNotFound(saveCampaign(intruder.user.id, input({ id, title: "Hijacked" })));
    await expectNotFound(deleteCampaign(intruder.user.id, id));
    await expectNotFound(duplicateCampaign(intruder.user.id, id, "(copy)"));
    await expectNotFound(reorderCampaigns(intruder.user.id, [id, mine.id]));
    await expectNotFound(reorderCampaigns(user.id, [mine.id, id]));

    expect(await listCampaigns(user.id)).toEqual(before);
    expect(await db().campaign.count({ where: { portfolioId: portfolio.id } })).toBe(1);
    expect((await listCampaigns(intruder.user.id)).map((c) => [c.title, c.position])).toEqual([["Intruder's", 0]]);
  });
});
