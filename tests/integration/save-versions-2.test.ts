// Issue #19, second part: the calendar, calendar-entry and credential forms save
// by the same protocol as the five rooms (save-versions.test.ts): a retried
// press (same saveId) is stored once, a save over a newer version is refused
// with the row unchanged, a create sent twice makes one row, and another
// user's id is not found.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { moveEntry, saveCalendar, saveEntry } from "@/lib/calendars/mutations";
import { upsertCalendarSchema, upsertEntrySchema } from "@/lib/calendars/schema";
import { saveCertification, saveEducation, saveExperience, saveSkill } from "@/lib/credentials/mutations";
import { upsertCertificationSchema, upsertEducationSchema, upsertExperienceSchema, upsertSkillSchema } from "@/lib/credentials/schema";
import { AppError } from "@/lib/errors";
import { entryForm, experienceForm } from "@/tests/support/forms";
import { createOwner } from "@/tests/support/owner";

async function failureCode(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  return error instanceof AppError ? error.code : `no AppError: ${String(error)}`;
}

type Fields = { id?: string; label: string; baseVersion?: number; saveId?: string };

type Room = {
  name: string;
  /** What the room needs before its first save (a calendar for its entries), made for `userId`. */
  setup?: (userId: string) => Promise<string>;
  save: (userId: string, fields: Fields, parent: string) => Promise<{ id: string; version: number }>;
  /** The row's label field and version. */
  read: (id: string) => Promise<{ label: string; version: number }>;
  count: (portfolioId: string, parent: string) => Promise<number>;
};

const newCalendar = async (userId: string) =>
  (await saveCalendar(userId, upsertCalendarSchema.parse({ title: "Plan", startMonth: "2026-03", endMonth: "2026-04" }))).id;

const rooms: Room[] = [
  {
    name: "calendar",
    save: (userId, { label, ...fields }) =>
      saveCalendar(userId, upsertCalendarSchema.parse({ title: label, startMonth: "2026-03", endMonth: "2026-04", ...fields })),
    read: async (id) => {
      const row = await db().calendar.findUniqueOrThrow({ where: { id }, select: { title: true, version: true } });
      return { label: row.title, version: row.version };
    },
    count: (portfolioId) => db().calendar.count({ where: { portfolioId } }),
  },
  {
    name: "calendar entry",
    setup: newCalendar,
    save: (userId, { label, ...fields }, calendarId) => saveEntry(userId, upsertEntrySchema.parse(entryForm({ calendarId, topic: label, ...fields }))),
    read: async (id) => {
      const row = await db().calendarEntry.findUniqueOrThrow({ where: { id }, select: { topic: true, version: true } });
      return { label: row.topic, version: row.version };
    },
    count: (_portfolioId, calendarId) => db().calendarEntry.count({ where: { calendarId } }),
  },
  {
    name: "certification",
    save: (userId, { label, ...fields }) =>
      saveCertification(
        userId,
        upsertCertificationSchema.parse({ name: label, issuer: "Meta", issuedAt: "", expiresAt: "", credentialId: "", verifyUrl: "", ...fields }),
      ),
    read: async (id) => {
      const row = await db().certification.findUniqueOrThrow({ where: { id }, select: { name: true, version: true } });
      return { label: row.name, version: row.version };
    },
    count: (portfolioId) => db().certification.count({ where: { portfolioId } }),
  },
  {
    name: "experience",
    save: (userId, { label, ...fields }) => saveExperience(userId, upsertExperienceSchema.parse(experienceForm({ role: label, ...fields }))),
    read: async (id) => {
      const row = await db().experience.findUniqueOrThrow({ where: { id }, select: { role: true, version: true } });
      return { label: row.role, version: row.version };
    },
    count: (portfolioId) => db().experience.count({ where: { portfolioId } }),
  },
  {
    name: "education",
    save: (userId, { label, ...fields }) => saveEducation(userId, upsertEducationSchema.parse({ school: label, degree: "", field: "", ...fields })),
    read: async (id) => {
      const row = await db().education.findUniqueOrThrow({ where: { id }, select: { school: true, version: true } });
      return { label: row.school, version: row.version };
    },
    count: (portfolioId) => db().education.count({ where: { portfolioId } }),
  },
  {
    name: "skill",
    save: (userId, { label, ...fields }) => saveSkill(userId, upsertSkillSchema.parse({ name: label, category: "TOOL", level: "", ...fields })),
    read: async (id) => {
      const row = await db().skill.findUniqueOrThrow({ where: { id }, select: { name: true, version: true } });
      return { label: row.name, version: row.version };
    },
    count: (portfolioId) => db().skill.count({ where: { portfolioId } }),
  },
];

describe.each(rooms)("versioned $name saves", (room) => {
  it("stores a retried create once, a retried edit once, and refuses an edit over a newer version", async () => {
    const { user, portfolio } = await createOwner();
    const parent = (await room.setup?.(user.id)) ?? "";
    const create = { label: "First", saveId: randomUUID() };
    const created = await room.save(user.id, create, parent);
    expect(await room.save(user.id, create, parent)).toMatchObject({ id: created.id, version: 1 });
    expect(await room.count(portfolio.id, parent)).toBe(1);

    const edit = { id: created.id, label: "Second", baseVersion: 1, saveId: randomUUID() };
    expect(await room.save(user.id, edit, parent)).toMatchObject({ id: created.id, version: 2 });
    expect(await room.save(user.id, edit, parent)).toMatchObject({ id: created.id, version: 2 });
    expect(await room.read(created.id)).toEqual({ label: "Second", version: 2 });

    expect(await failureCode(room.save(user.id, { id: created.id, label: "From an older tab", baseVersion: 1, saveId: randomUUID() }, parent))).toBe("STALE");
    expect(await room.read(created.id)).toEqual({ label: "Second", version: 2 });

    const other = await createOwner();
    const otherParent = (await room.setup?.(other.user.id)) ?? "";
    expect(await failureCode(room.save(other.user.id, { id: created.id, label: "Theirs", baseVersion: 2, saveId: randomUUID() }, otherParent))).toBe(
      "NOT_FOUND",
    );
    // Theirs by the owner's parent too (an entry of someone else's calendar).
    if (room.setup) {
      expect(await failureCode(room.save(other.user.id, { id: created.id, label: "Theirs", baseVersion: 2, saveId: randomUUID() }, parent))).toBe("NOT_FOUND");
    }
    expect(await room.read(created.id)).toEqual({ label: "Second", version: 2 });
  });

  it("stores a create and its retry racing each other once, and an edit and its retry once", async () => {
    const { user, portfolio } = await createOwner();
    const parent = (await room.setup?.(user.id)) ?? "";
    const create = { label: "Raced", saveId: randomUUID() };
    const [a, b] = await Promise.all([room.save(user.id, create, parent), room.save(user.id, create, parent)]);
    expect(a.id).toBe(b.id);
    expect(await room.count(portfolio.id, parent)).toBe(1);

    const edit = { id: a.id, label: "Raced edit", baseVersion: 1, saveId: randomUUID() };
    const answers = await Promise.all([room.save(user.id, edit, parent), room.save(user.id, edit, parent)]);
    expect(answers.map((answer) => answer.version)).toEqual([2, 2]);
    expect(await room.read(a.id)).toEqual({ label: "Raced edit", version: 2 });
  });
});

describe("calendar entry moves", () => {
  it("count as a change: a dialog still open on the old version is refused", async () => {
    const { user } = await createOwner();
    const calendarId = await newCalendar(user.id);
    const entry = await saveEntry(user.id, upsertEntrySchema.parse(entryForm({ calendarId, topic: "Brew" })));
    const moved = await moveEntry(user.id, { id: entry.id, date: "2026-03-12" });
    expect(moved.version).toBe(entry.version + 1);

    const fromOpenDialog = upsertEntrySchema.parse(
      entryForm({ id: entry.id, baseVersion: entry.version, saveId: randomUUID(), calendarId, topic: "Brew, edited" }),
    );
    expect(await failureCode(saveEntry(user.id, fromOpenDialog))).toBe("STALE");
    expect(await db().calendarEntry.findUniqueOrThrow({ where: { id: entry.id }, select: { topic: true } })).toEqual({ topic: "Brew" });
  });
});
