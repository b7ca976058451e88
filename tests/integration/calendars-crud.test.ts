import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { createUser } from "@/lib/seed/factories";
import { getCalendar, listCalendars } from "@/lib/calendars/data";
import {
  deleteCalendar,
  deleteEntry,
  duplicateCalendar,
  importEntries,
  moveEntry,
  reorderCalendars,
  saveCalendar,
  saveEntry,
  setCalendarHidden,
} from "@/lib/calendars/mutations";
import { upsertCalendarSchema, upsertEntrySchema, type UpsertEntryInput } from "@/lib/calendars/schema";
import { expectAppError } from "@/tests/support/app-error";

const calendarInput = (overrides: Record<string, string> = {}) =>
  upsertCalendarSchema.parse({ title: "Spring content plan", startMonth: "2026-03", endMonth: "2026-04", ...overrides });

const entryInput = (calendarId: string, overrides: Partial<UpsertEntryInput> = {}) =>
  upsertEntrySchema.parse({
    calendarId,
    date: "2026-03-10",
    time: "09:30",
    platform: "INSTAGRAM",
    format: "CAROUSEL",
    topic: "5 ways to brew at home",
    pillar: "Education",
    status: "DRAFT",
    sampleId: null,
    ...overrides,
  });

async function userWithCalendar() {
  const user = await createUser(db());
  const calendar = await saveCalendar(user.id, calendarInput());
  return { user, calendar };
}

const header = "date,platform,format,caption,status,pillar";

describe("calendars", () => {
  it("creates, updates, duplicates with entries, hides, reorders and deletes", async () => {
    const { user, calendar } = await userWithCalendar();
    const second = await saveCalendar(user.id, calendarInput({ title: "Summer", startMonth: "2026-06", endMonth: "2026-06" }));
    await saveEntry(user.id, entryInput(calendar.id));

    expect(await listCalendars(user.id)).toMatchObject([
      { id: calendar.id, title: "Spring content plan", startMonth: "2026-03", endMonth: "2026-04", entryCount: 1, platforms: ["INSTAGRAM"] },
      { id: second.id, title: "Summer", entryCount: 0 },
    ]);

    await saveCalendar(user.id, calendarInput({ id: calendar.id, title: "Spring plan", endMonth: "2026-05" }));
    expect(await getCalendar(user.id, calendar.id)).toMatchObject({ title: "Spring plan", endMonth: "2026-05" });

    // Narrowing the period so the entry falls outside is refused.
    const narrowed = await expectAppError(saveCalendar(user.id, calendarInput({ id: calendar.id, startMonth: "2026-04", endMonth: "2026-05" })), "VALIDATION");
    expect(narrowed.fieldErrors).toEqual({ startMonth: ["entriesOutsidePeriod"] });

    const copy = await duplicateCalendar(user.id, calendar.id, "(copy)");
    const copied = await getCalendar(user.id, copy.id);
    expect(copied.title).toBe("Spring plan (copy)");
    expect(copied.entries).toMatchObject([{ topic: "5 ways to brew at home", date: "2026-03-10", time: "09:30" }]);

    await setCalendarHidden(user.id, { id: second.id, hidden: true });
    await reorderCalendars(user.id, [second.id, copy.id, calendar.id]);
    expect((await listCalendars(user.id)).map((item) => [item.id, item.hidden])).toEqual([
      [second.id, true],
      [copy.id, false],
      [calendar.id, false],
    ]);

    await deleteCalendar(user.id, copy.id);
    expect(await db().calendarEntry.count({ where: { calendarId: copy.id } })).toBe(0);
    expect((await listCalendars(user.id)).map((item) => item.id)).toEqual([second.id, calendar.id]);
  });

  it("adds, edits, moves and deletes entries inside the period only", async () => {
    const { user, calendar } = await userWithCalendar();
    const portfolio = await db().portfolio.findUniqueOrThrow({ where: { userId: user.id } });
    const sample = await db().contentSample.create({
      data: { portfolioId: portfolio.id, platform: "INSTAGRAM", format: "CAROUSEL", title: "Brew guide", workKind: "MOCK" },
    });
    const entry = await saveEntry(user.id, entryInput(calendar.id, { sampleId: sample.id }));
    expect(entry).toMatchObject({ date: "2026-03-10", sample: { id: sample.id, title: "Brew guide" } });

    const edited = await saveEntry(user.id, entryInput(calendar.id, { id: entry.id, topic: "Brew guide, part 2", status: "SCHEDULED", time: "" }));
    expect(edited).toMatchObject({ id: entry.id, topic: "Brew guide, part 2", status: "SCHEDULED", time: null, sample: null });

    const outside = await expectAppError(saveEntry(user.id, entryInput(calendar.id, { date: "2026-05-01" })), "VALIDATION");
    expect(outside.fieldErrors).toEqual({ date: ["outsidePeriod"] });

    const moved = await moveEntry(user.id, { id: entry.id, date: "2026-04-30" });
    expect(moved.date).toBe("2026-04-30");
    expect((await getCalendar(user.id, calendar.id)).entries.map((item) => item.date)).toEqual(["2026-04-30"]);
    await expectAppError(moveEntry(user.id, { id: entry.id, date: "2026-02-28" }), "VALIDATION");
    expect((await getCalendar(user.id, calendar.id)).entries[0]?.date).toBe("2026-04-30");

    await deleteEntry(user.id, entry.id);
    expect((await getCalendar(user.id, calendar.id)).entries).toEqual([]);
  });

  it("lists entries by date, then time (none first), then position", async () => {
    const { user, calendar } = await userWithCalendar();
    await saveEntry(user.id, entryInput(calendar.id, { date: "2026-03-12", time: "18:00", topic: "c" }));
    await saveEntry(user.id, entryInput(calendar.id, { date: "2026-03-12", time: "", topic: "b" }));
    await saveEntry(user.id, entryInput(calendar.id, { date: "2026-03-02", time: "20:00", topic: "a" }));
    await saveEntry(user.id, entryInput(calendar.id, { date: "2026-03-12", time: "08:00", topic: "b2" }));
    expect((await getCalendar(user.id, calendar.id)).entries.map((item) => item.topic)).toEqual(["a", "b", "b2", "c"]);
  });

  it("gives another user NOT_FOUND for every action and changes nothing", async () => {
    const { user: owner, calendar } = await userWithCalendar();
    const entry = await saveEntry(owner.id, entryInput(calendar.id));
    const intruder = await createUser(db());
    const theirs = await saveCalendar(intruder.id, calendarInput({ title: "Theirs" }));
    const ownerPortfolio = await db().portfolio.findUniqueOrThrow({ where: { userId: owner.id } });
    const ownerSample = await db().contentSample.create({
      data: { portfolioId: ownerPortfolio.id, platform: "TIKTOK", format: "SHORT_VIDEO", title: "Owner's video", workKind: "CLIENT" },
    });
    const snapshot = async () => ({
      calendars: await db().calendar.findMany({ where: { portfolioId: ownerPortfolio.id }, orderBy: { id: "asc" } }),
      entries: await db().calendarEntry.findMany({ where: { calendarId: calendar.id }, orderBy: { id: "asc" } }),
    });
    const before = await snapshot();

    await expectAppError(getCalendar(intruder.id, calendar.id), "NOT_FOUND");
    await expectAppError(saveCalendar(intruder.id, calendarInput({ id: calendar.id, title: "Hacked" })), "NOT_FOUND");
    await expectAppError(deleteCalendar(intruder.id, calendar.id), "NOT_FOUND");
    await expectAppError(duplicateCalendar(intruder.id, calendar.id, "(copy)"), "NOT_FOUND");
    await expectAppError(setCalendarHidden(intruder.id, { id: calendar.id, hidden: true }), "NOT_FOUND");
    await expectAppError(reorderCalendars(intruder.id, [theirs.id, calendar.id]), "NOT_FOUND");
    await expectAppError(saveEntry(intruder.id, entryInput(calendar.id)), "NOT_FOUND");
    await expectAppError(saveEntry(intruder.id, entryInput(theirs.id, { id: entry.id, topic: "Hacked" })), "NOT_FOUND");
    await expectAppError(saveEntry(intruder.id, entryInput(theirs.id, { sampleId: ownerSample.id })), "NOT_FOUND");
    await expectAppError(moveEntry(intruder.id, { id: entry.id, date: "2026-03-11" }), "NOT_FOUND");
    await expectAppError(deleteEntry(intruder.id, entry.id), "NOT_FOUND");
    await expectAppError(importEntries(intruder.id, { calendarId: calendar.id, csv: `${header}\n2026-03-02,IG,reel,x,idea,` }), "NOT_FOUND");

    expect(await snapshot()).toEqual(before);
    expect(await db().calendarEntry.count({ where: { calendarId: theirs.id } })).toBe(0);
  });
});

describe("CSV import", () => {
  // Lines 2 and 4 are good; line 3 names a platform that does not exist.
  const oneBadRow = [
    header,
    "2026-03-02,Instagram,reel,Good one,scheduled,Product",
    "2026-03-03,Myspace,reel,Bad platform,idea,",
    "2026-03-04,TikTok,reel,Also good,idea,",
  ].join("\n");

  it("saves nothing when one row is bad", async () => {
    const { user, calendar } = await userWithCalendar();
    await saveEntry(user.id, entryInput(calendar.id, { topic: "Existing" }));
    const csv = oneBadRow;
    const error = await expectAppError(importEntries(user.id, { calendarId: calendar.id, csv }), "VALIDATION");
    expect(error.fieldErrors).toEqual({ csv: ["csvInvalid"] });
    expect((await getCalendar(user.id, calendar.id)).entries.map((entry) => entry.topic)).toEqual(["Existing"]);
  });

  it("saves nothing when a date falls outside the period", async () => {
    const { user, calendar } = await userWithCalendar();
    const csv = [header, "2026-03-02,Instagram,reel,In,idea,", "2026-06-01,Instagram,reel,Out,idea,"].join("\n");
    await expectAppError(importEntries(user.id, { calendarId: calendar.id, csv }), "VALIDATION");
    expect(await db().calendarEntry.count({ where: { calendarId: calendar.id } })).toBe(0);
  });

  it("skips exactly the bad rows the user chose to skip and saves the good ones (issue #15)", async () => {
    const { user, calendar } = await userWithCalendar();
    await saveEntry(user.id, entryInput(calendar.id, { topic: "Existing" }));
    const csv = oneBadRow;
    // A skip list that is not the file's bad rows saves nothing.
    await expectAppError(importEntries(user.id, { calendarId: calendar.id, csv, skipRows: [4] }), "VALIDATION");
    expect(await db().calendarEntry.count({ where: { calendarId: calendar.id } })).toBe(1);
    const result = await importEntries(user.id, { calendarId: calendar.id, csv, skipRows: [3] });
    expect(result.imported).toBe(2);
    expect((await getCalendar(user.id, calendar.id)).entries.map((entry) => entry.topic).sort()).toEqual(["Also good", "Existing", "Good one"]);
  });

  it("saves every row, in file order, when all are good", async () => {
    const { user, calendar } = await userWithCalendar();
    await saveEntry(user.id, entryInput(calendar.id, { date: "2026-03-05", time: "", topic: "Existing" }));
    const csv = [
      "\uFEFFdate;time;platform;format;caption;status;pillar",
      "05.03.2026;;IG;Carousel;First in file;draft;Education",
      '05.03.2026;;LinkedIn;Article;"Second in file;\nwith a line break";scheduled;Thought leadership',
      "2026-04-20;17:45;X;Thread;Third;published;Community",
    ].join("\n");
    const result = await importEntries(user.id, { calendarId: calendar.id, csv });
    expect(result.imported).toBe(3);
    const entries = (await getCalendar(user.id, calendar.id)).entries;
    expect(entries.map((entry) => entry.topic)).toEqual(["Existing", "First in file", "Second in file;\nwith a line break", "Third"]);
    expect(entries[3]).toMatchObject({ date: "2026-04-20", time: "17:45", platform: "X", format: "THREAD", status: "PUBLISHED", pillar: "Community" });
    expect(result.entries).toEqual(entries);
  });
});
