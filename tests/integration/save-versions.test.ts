// Issue #19: a save is idempotent (a retry of the same press of Save is stored
// once) and ordered (a save over a newer version is refused, nothing changed).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { saveCampaign } from "@/lib/campaigns/mutations";
import { upsertCampaignSchema, type UpsertCampaignInput } from "@/lib/campaigns/schema";
import { AppError } from "@/lib/errors";
import { createOwner } from "@/tests/support/owner";
import { campaignForm } from "@/tests/support/forms";

const REACH: UpsertCampaignInput["metrics"][number] = {
  kind: "REACH",
  customName: "",
  value: 100,
  baseline: "",
  periodStart: "",
  periodEnd: "",
  source: "SELF_REPORTED",
  evidenceId: null,
  series: [],
};

function campaign(overrides: Partial<UpsertCampaignInput> = {}) {
  return upsertCampaignSchema.parse(campaignForm({ metrics: [{ ...REACH }], ...overrides }));
}

async function stored(id: string) {
  return db().campaign.findUniqueOrThrow({ where: { id }, select: { title: true, version: true, lastSaveId: true, metrics: { select: { value: true } } } });
}

async function failureCode(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  return error instanceof AppError ? error.code : `no AppError: ${String(error)}`;
}

describe("versioned campaign saves", () => {
  it("stores a retried save (same saveId) once and bumps the version once", async () => {
    const { user } = await createOwner();
    const { id } = await saveCampaign(user.id, campaign({ saveId: randomUUID() }));
    const saveId = randomUUID();
    const edit = campaign({ id, baseVersion: 1, saveId, title: "Edited once", metrics: [{ ...REACH, value: 200 }] });

    const first = await saveCampaign(user.id, edit);
    const retry = await saveCampaign(user.id, edit);

    expect(first).toEqual({ id, version: 2 });
    expect(retry).toEqual({ id, version: 2 });
    expect(await stored(id)).toMatchObject({ title: "Edited once", version: 2, lastSaveId: saveId, metrics: [{ value: 200 }] });
  });

  it("stores a save and its retry racing each other once", async () => {
    const { user } = await createOwner();
    const { id } = await saveCampaign(user.id, campaign());
    const edit = campaign({ id, baseVersion: 1, saveId: randomUUID(), title: "Raced" });

    const answers = await Promise.all([saveCampaign(user.id, edit), saveCampaign(user.id, edit)]);

    expect(answers).toEqual([
      { id, version: 2 },
      { id, version: 2 },
    ]);
    expect((await stored(id)).version).toBe(2);
  });

  it("refuses a save over a newer version (STALE) and leaves the row as the newer save wrote it", async () => {
    const { user } = await createOwner();
    const { id } = await saveCampaign(user.id, campaign());
    await saveCampaign(user.id, campaign({ id, baseVersion: 1, saveId: randomUUID(), title: "Newer tab", metrics: [{ ...REACH, value: 7 }] }));

    const older = campaign({ id, baseVersion: 1, saveId: randomUUID(), title: "Older tab", metrics: [{ ...REACH, value: 1 }] });
    expect(await failureCode(saveCampaign(user.id, older))).toBe("STALE");

    expect(await stored(id)).toMatchObject({ title: "Newer tab", version: 2, metrics: [{ value: 7 }] });
  });

  it("creates one campaign when the same create is sent twice, also at once", async () => {
    const { user, portfolio } = await createOwner();
    const saveId = randomUUID();
    const create = campaign({ saveId, title: "Only once" });

    const [a, b] = await Promise.all([saveCampaign(user.id, create), saveCampaign(user.id, create)]);
    const again = await saveCampaign(user.id, create);

    expect(b).toEqual(a);
    expect(again).toEqual(a);
    expect(await db().campaign.count({ where: { portfolioId: portfolio.id } })).toBe(1);
  });

  it("reads another user's campaign as not found, versioned or not, and changes nothing", async () => {
    const owner = await createOwner();
    const other = await createOwner();
    const { id } = await saveCampaign(owner.user.id, campaign({ title: "Mine" }));

    expect(await failureCode(saveCampaign(other.user.id, campaign({ id, baseVersion: 1, saveId: randomUUID(), title: "Theirs" })))).toBe("NOT_FOUND");
    expect(await failureCode(saveCampaign(other.user.id, campaign({ id, title: "Theirs" })))).toBe("NOT_FOUND");
    expect(await stored(id)).toMatchObject({ title: "Mine", version: 1 });
  });
});
