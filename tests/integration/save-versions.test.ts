// Issue #19: a save is idempotent (a retry of the same press of Save is stored
// once) and ordered (a save over a newer version is refused, nothing changed).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { saveCampaign } from "@/lib/campaigns/mutations";
import { upsertCampaignSchema, type UpsertCampaignInput } from "@/lib/campaigns/schema";
import { AppError } from "@/lib/errors";
import { createOwner } from "@/tests/support/owner";
import { campaignForm, caseStudyForm, documentForm, metricForm, profileForm, sampleForm } from "@/tests/support/forms";
import { saveSample } from "@/lib/samples/mutations";
import { upsertSampleSchema } from "@/lib/samples/schema";
import { saveDocument } from "@/lib/documents/mutations";
import { upsertDocumentSchema } from "@/lib/documents/schema";
import { saveCaseStudy } from "@/lib/case-studies/mutations";
import { upsertCaseStudySchema } from "@/lib/case-studies/schema";
import { updateProfile } from "@/lib/portfolio/mutations";
import { updateProfileSchema } from "@/lib/portfolio/schema";

const REACH = metricForm({ value: 100 });

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

type Room = {
  name: string;
  save: (userId: string, fields: { id?: string; title: string; baseVersion?: number; saveId?: string }) => Promise<{ id: string; version: number }>;
  title: (id: string) => Promise<{ title: string; version: number }>;
  count: (portfolioId: string) => Promise<number>;
};

const rooms: Room[] = [
  {
    name: "sample",
    save: (userId, fields) => saveSample(userId, upsertSampleSchema.parse(sampleForm({ format: "CAROUSEL", ...fields }))),
    title: (id) => db().contentSample.findUniqueOrThrow({ where: { id }, select: { title: true, version: true } }),
    count: (portfolioId) => db().contentSample.count({ where: { portfolioId } }),
  },
  {
    name: "document",
    save: (userId, fields) => saveDocument(userId, upsertDocumentSchema.parse(documentForm({ kind: "SOCIAL_MEDIA_STRATEGY", ...fields }))),
    title: (id) => db().strategyDocument.findUniqueOrThrow({ where: { id }, select: { title: true, version: true } }),
    count: (portfolioId) => db().strategyDocument.count({ where: { portfolioId } }),
  },
  {
    name: "case study",
    save: (userId, fields) => saveCaseStudy(userId, upsertCaseStudySchema.parse(caseStudyForm({ slug: "the-case", ...fields }))),
    title: (id) => db().caseStudy.findUniqueOrThrow({ where: { id }, select: { title: true, version: true } }),
    count: (portfolioId) => db().caseStudy.count({ where: { portfolioId } }),
  },
];

describe.each(rooms)("versioned $name saves", (room) => {
  it("stores a retried create once, a retried edit once, and refuses an edit over a newer version", async () => {
    const { user, portfolio } = await createOwner();
    const create = { title: "First", saveId: randomUUID() };
    const created = await room.save(user.id, create);
    expect(await room.save(user.id, create)).toEqual(created);
    expect(await room.count(portfolio.id)).toBe(1);

    const edit = { id: created.id, title: "Second", baseVersion: 1, saveId: randomUUID() };
    expect(await room.save(user.id, edit)).toMatchObject({ id: created.id, version: 2 });
    expect(await room.save(user.id, edit)).toMatchObject({ id: created.id, version: 2 });
    expect(await room.title(created.id)).toEqual({ title: "Second", version: 2 });

    expect(await failureCode(room.save(user.id, { id: created.id, title: "From an older tab", baseVersion: 1, saveId: randomUUID() }))).toBe("STALE");
    expect(await room.title(created.id)).toEqual({ title: "Second", version: 2 });

    const other = await createOwner();
    expect(await failureCode(room.save(other.user.id, { id: created.id, title: "Theirs", baseVersion: 2, saveId: randomUUID() }))).toBe("NOT_FOUND");
    expect(await room.title(created.id)).toEqual({ title: "Second", version: 2 });
  });
});

describe("versioned profile saves", () => {
  it("stores a retried save once and refuses one over a newer version", async () => {
    const { user } = await createOwner();
    const save = (displayName: string, baseVersion: number, saveId = randomUUID()) =>
      updateProfile(user.id, updateProfileSchema.parse(profileForm({ displayName, baseVersion, saveId })));
    const saveId = randomUUID();
    await save("Newer", 0, saveId);
    await save("Newer", 0, saveId);
    expect(await db().portfolio.findUniqueOrThrow({ where: { userId: user.id }, select: { displayName: true, version: true } })).toEqual({
      displayName: "Newer",
      version: 1,
    });

    expect(await failureCode(save("From an older tab", 0))).toBe("STALE");
    expect(await db().portfolio.findUniqueOrThrow({ where: { userId: user.id }, select: { displayName: true, version: true } })).toEqual({
      displayName: "Newer",
      version: 1,
    });
  });
});
