// A copy made from a list is a new row: version 1 and no saveId of its own. A sample's copy used to take the
// original's lastSaveId, which is unique per portfolio, so duplicating any sample saved from the form (every form
// press sends a saveId, #19) failed with a unique violation (found by tests/e2e/list-actions.spec.ts).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

import { saveCalendar, duplicateCalendar } from "@/lib/calendars/mutations";
import { upsertCalendarSchema } from "@/lib/calendars/schema";
import { duplicateCampaign, saveCampaign } from "@/lib/campaigns/mutations";
import { upsertCampaignSchema } from "@/lib/campaigns/schema";
import { duplicateCaseStudy, saveCaseStudy } from "@/lib/case-studies/mutations";
import { upsertCaseStudySchema } from "@/lib/case-studies/schema";
import { db } from "@/lib/db/client";
import { duplicateDocument, saveDocument } from "@/lib/documents/mutations";
import { upsertDocumentSchema } from "@/lib/documents/schema";
import { duplicateSample, saveSample } from "@/lib/samples/mutations";
import { upsertSampleSchema } from "@/lib/samples/schema";
import { createOwner } from "@/tests/support/owner";
import { campaignForm, caseStudyForm, documentForm, sampleForm } from "@/tests/support/forms";

type Room = {
  save: (userId: string, fields: { id?: string; baseVersion?: number; saveId: string; title: string }) => Promise<{ id: string }>;
  duplicate: (userId: string, id: string, suffix: string) => Promise<{ id: string }>;
  read: (id: string) => Promise<{ title: string; version: number; lastSaveId: string | null } | null>;
};

const select = { title: true, version: true, lastSaveId: true } as const;

const rooms: Record<string, Room> = {
  sample: {
    save: (userId, fields) => saveSample(userId, upsertSampleSchema.parse(sampleForm(fields))),
    duplicate: duplicateSample,
    read: (id) => db().contentSample.findUnique({ where: { id }, select }),
  },
  campaign: {
    save: (userId, fields) => saveCampaign(userId, upsertCampaignSchema.parse(campaignForm(fields))),
    duplicate: duplicateCampaign,
    read: (id) => db().campaign.findUnique({ where: { id }, select }),
  },
  document: {
    save: (userId, fields) => saveDocument(userId, upsertDocumentSchema.parse(documentForm(fields))),
    duplicate: duplicateDocument,
    read: (id) => db().strategyDocument.findUnique({ where: { id }, select }),
  },
  "case study": {
    save: (userId, fields) => saveCaseStudy(userId, upsertCaseStudySchema.parse(caseStudyForm({ ...fields, slug: "launch" }))),
    duplicate: duplicateCaseStudy,
    read: (id) => db().caseStudy.findUnique({ where: { id }, select }),
  },
  calendar: {
    save: (userId, fields) => saveCalendar(userId, upsertCalendarSchema.parse({ ...fields, startMonth: "2026-03", endMonth: "2026-05" })),
    duplicate: duplicateCalendar,
    read: (id) => db().calendar.findUnique({ where: { id }, select }),
  },
};

describe.each(Object.entries(rooms))("duplicating a %s saved from its form", (_name, room) => {
  it("makes a new row at version 1 without the original's saveId, also a second time", async () => {
    const { user } = await createOwner();
    const { id } = await room.save(user.id, { saveId: randomUUID(), title: "Launch" });
    const lastSaveId = randomUUID();
    await room.save(user.id, { id, baseVersion: 1, saveId: lastSaveId, title: "Launch" });

    const first = await room.duplicate(user.id, id, "(copy)");
    const second = await room.duplicate(user.id, id, "(copy)");

    expect(await room.read(id)).toEqual({ title: "Launch", version: 2, lastSaveId });
    expect(await room.read(first.id)).toEqual({ title: "Launch (copy)", version: 1, lastSaveId: null });
    expect(await room.read(second.id)).toEqual({ title: "Launch (copy)", version: 1, lastSaveId: null });
  });
});
